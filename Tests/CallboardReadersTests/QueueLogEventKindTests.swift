import CallboardModel
import Testing
@testable import CallboardReaders

@Suite struct QueueLogEventKindTests {
    static let stock: [(String, QueueEventKind)] = [
        ("ENTERQUEUE", .enterQueue),
        ("CONNECT", .connect),
        ("COMPLETEAGENT", .completeAgent),
        ("COMPLETECALLER", .completeCaller),
        ("ABANDON", .abandon),
        ("EXITEMPTY", .exitEmpty),
        ("EXITWITHTIMEOUT", .exitWithTimeout),
        ("EXITWITHKEY", .exitWithKey),
        ("WITHDRAW", .withdraw),
        ("RINGNOANSWER", .ringNoAnswer),
        ("RINGCANCELED", .ringCanceled),
        ("TRANSFER", .transfer),
        ("ATTENDEDTRANSFER", .attendedTransfer),
        ("BLINDTRANSFER", .blindTransfer),
        ("AGENTLOGIN", .agentLogin),
        ("AGENTLOGOFF", .agentLogoff),
        ("AGENTCALLBACKLOGIN", .agentCallbackLogin),
        ("AGENTCALLBACKLOGOFF", .agentCallbackLogoff),
        ("ADDMEMBER", .addMember),
        ("REMOVEMEMBER", .removeMember),
        ("PAUSE", .pause),
        ("UNPAUSE", .unpause),
        ("PAUSEALL", .pauseAll),
        ("UNPAUSEALL", .unpauseAll),
        ("PENALTY", .penalty),
        ("RINGINUSE", .ringInUse),
        ("QUEUESTART", .queueStart),
        ("CONFIGRELOAD", .configReload),
    ]

    @Test(arguments: stock)
    func stockNameDecodes(name: String, kind: QueueEventKind) {
        #expect(QueueEventKind.from(name) == kind)
        #expect(kind.name?.description == name)
        #expect(kind.description == name)
    }

    @Test func everyKindButForeignIsAStockName() {
        // 28 stock events + foreign.
        #expect(QueueEventKind.allCases.count == 29)
        #expect(Set(Self.stock.map { $0.1 }).count == 28)
        #expect(!Self.stock.contains { $0.1 == .foreign })
        #expect(QueueEventKind.foreign.name == nil)
        #expect(QueueEventKind.foreign.description == "foreign")
    }

    @Test(arguments: [
        // Case matters: Asterisk writes upper case.
        "connect", "Connect", "CONNECt", "enterqueue", "pause",
        // Other systems' and custom events.
        "PAUSEREASON", "FULL", "CLOSED", "JOINEMPTY", "AGENTDUMP", "SYSCOMPAT", "DID", "INFO",
        "MY_CUSTOM_EVENT",
        // Same length as a stock name, one byte off (first, middle, last byte).
        "XONNECT", "CONNEXT", "CONNECX", "AGENTCALLBACKLOGIX", "AGENTCALLBXCKLOGIN", "RINGNOANSWEX",
        // Prefixes, extensions, padding (the scanner trims; `from` is exact).
        "", "P", "PAUS", "PAUSED", "CONNECT ", " CONNECT", "CONNECT\r", "COMPLETE", "EXITWITH",
        "AGENTCALLBACKLOGOFFX", "ATTENDEDTRANSFERS",
    ])
    func anythingElseIsForeign(name: String) {
        #expect(QueueEventKind.from(name) == .foreign)
    }

    @Test func decodesFromBytesInsideALargerBuffer() {
        let bytes = Array("xxRINGNOANSWERyy".utf8)
        bytes.withUnsafeBufferPointer { all in
            #expect(QueueEventKind.from(UnsafeBufferPointer(rebasing: all[2..<14])) == .ringNoAnswer)
            #expect(QueueEventKind.from(UnsafeBufferPointer(rebasing: all[2..<15])) == .foreign)
            #expect(QueueEventKind.from(UnsafeBufferPointer(rebasing: all[2..<2])) == .foreign)
        }
        #expect(QueueEventKind.from(UnsafeBufferPointer<UInt8>(start: nil, count: 0)) == .foreign)
    }
}
