/// A sale (sales.csv).
public struct Sale: Equatable, Sendable {
    public var time: Instant
    public var agent: String
    public var amount: Money
    public var callID: String?
    public var product: String?

    public init(time: Instant, agent: String, amount: Money, callID: String? = nil, product: String? = nil) {
        self.time = time
        self.agent = agent
        self.amount = amount
        self.callID = callID
        self.product = product
    }
}
