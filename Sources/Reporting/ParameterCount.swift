/// Parameter counts as people say them: `8.03 billion`, `268 million`, `4,096`.
enum ParameterCount {
    static func format(_ count: UInt64) -> String {
        let units: [(UInt64, String)] = [
            (1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"),
        ]
        for (size, name) in units where count >= size {
            let value = Double(count) / Double(size)
            let hundredths = Int((value * 100).rounded())
            let whole = hundredths / 100, fraction = hundredths % 100
            let text = fraction == 0 ? String(whole) : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
            return "\(text.hasSuffix("0") && text.contains(".") ? String(text.dropLast()) : text) \(name)"
        }
        return grouped(count)
    }

    /// `4976698672` → `4,976,698,672`.
    static func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }

    /// Counts as model sizes are written: `8.0 B`, `268.4 M`, `1.2 T`, `4,096`.
    static func short(_ count: UInt64) -> String {
        let units: [(UInt64, String)] = [(1_000_000_000_000, "T"), (1_000_000_000, "B"), (1_000_000, "M")]
        for (size, name) in units where count >= size {
            let tenths = (count + size / 20) / (size / 10)
            return "\(tenths / 10).\(tenths % 10) \(name)"
        }
        return grouped(count)
    }
}
