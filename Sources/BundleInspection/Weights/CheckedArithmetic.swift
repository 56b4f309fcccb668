/// Arithmetic on sizes read from files, where an overflow is an answer (nil), never a trap.
extension UInt64 {
    /// `self + other`, or nil when it overflows.
    func addingOrNil(_ other: UInt64) -> UInt64? {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? nil : sum
    }

    /// `self * other`, or nil when it overflows.
    func multipliedOrNil(by other: UInt64) -> UInt64? {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? nil : product
    }

    /// `self` rounded up to a multiple of `alignment` (a power of two), or nil when it overflows.
    func alignedUpOrNil(to alignment: UInt64) -> UInt64? {
        addingOrNil(alignment - 1).map { $0 & ~(alignment - 1) }
    }
}

extension [UInt64] {
    /// The product of a tensor shape's dimensions (1 for a scalar), or nil when it overflows.
    var checkedProduct: UInt64? {
        reduce(UInt64(1) as UInt64?) { product, dimension in product.flatMap { $0.multipliedOrNil(by: dimension) } }
    }
}
