/// A coding key for the free-form names of an object (a JSON header's tensor names, the keys a
/// strict decoder compares with the ones it allows).
public struct NameKey: CodingKey {
    public var stringValue: String
    public var intValue: Int? { nil }

    public init(stringValue: String) {
        self.stringValue = stringValue
    }

    public init?(intValue: Int) {
        nil
    }
}
