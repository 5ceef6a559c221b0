/// The event column of an Asterisk `queue_log` line.
///
/// The data fields each event writes after its name, as `app_queue.c` (and the old
/// `chan_agent`) format them. Marks: "(1.8+)" a field older versions (1.4/1.6) do not
/// write; "(old)" an event only old versions write; "(12+)", "(recent)" events only newer
/// versions write. Times are whole seconds unless marked ms; `position` is the caller's
/// place in the queue when it left, `origposition` the place it entered at.
///
/// | event | data1 | data2 | data3 | data4 | data5 |
/// |---|---|---|---|---|---|
/// | ENTERQUEUE | url | callerid | origposition (1.8+) | | |
/// | CONNECT | holdtime | bridged channel uniqueid | ringtime (1.8+) | | |
/// | COMPLETEAGENT | holdtime | calltime | origposition | | |
/// | COMPLETECALLER | holdtime | calltime | origposition | | |
/// | ABANDON | position | origposition | waittime | | |
/// | EXITEMPTY | position | origposition | waittime | | |
/// | EXITWITHTIMEOUT | position | origposition | waittime | | |
/// | EXITWITHKEY | key | position | origposition (not in the oldest) | waittime (not in the oldest) | |
/// | WITHDRAW (recent) | position | origposition | waittime | withdraw info | |
/// | RINGNOANSWER | ringtime (ms) | | | | |
/// | RINGCANCELED (recent) | ringtime (ms) | | | | |
/// | TRANSFER (before 12) | extension | context | holdtime | calltime | origposition (not in 1.4) |
/// | BLINDTRANSFER (12+) | extension | context | holdtime | calltime | origposition |
/// | ATTENDEDTRANSFER (12+) | `BRIDGE` or `APP` | bridge id or application | holdtime | calltime | origposition |
/// | ATTENDEDTRANSFER, linked (12+) | `LINK` | channel 1 | channel 2 | holdtime | calltime; origposition is data6 |
/// | AGENTLOGIN | agent channel | | | | |
/// | AGENTLOGOFF | agent channel | logintime | | | |
/// | AGENTCALLBACKLOGIN (old) | exten@context | | | | |
/// | AGENTCALLBACKLOGOFF (old) | exten@context | logintime | reason (`Autologoff`, `Chanunavail`, `CommandLogoff`…) | | |
/// | ADDMEMBER | empty (the member is in the agent column) | | | | |
/// | REMOVEMEMBER | empty | | | | |
/// | PAUSE, UNPAUSE | reason (may be empty) | | | | |
/// | PAUSEALL, UNPAUSEALL | reason (may be empty) | | | | |
/// | PENALTY | new penalty | | | | |
/// | RINGINUSE | 1 or 0 | | | | |
/// | QUEUESTART | empty | | | | |
/// | CONFIGRELOAD | empty | | | | |
///
/// The callid column is the caller channel's uniqueid, or `NONE`, `CLI`, `MANAGER`,
/// `REALTIME` for member and system events. The agent column is the member's name
/// (`JASON SMITH`) or interface (`SIP/2001`, `PJSIP/2001`, `Local/2001@from-internal/n`,
/// `Agent/3001`), `NONE` for caller-only events.
///
/// Everything else is `.foreign`: AGENTDUMP and SYSCOMPAT, events of other systems
/// (VICIdial's PAUSEREASON, Wazo's FULL, CLOSED, JOINEMPTY, …) and events written with the
/// `QueueLog()` dialplan application. Names are matched exactly: `connect` is foreign.
public enum QueueEventKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case enterQueue, connect, completeAgent, completeCaller, abandon, exitEmpty, exitWithTimeout,
         exitWithKey, withdraw, ringNoAnswer, ringCanceled, transfer, attendedTransfer, blindTransfer,
         agentLogin, agentLogoff, agentCallbackLogin, agentCallbackLogoff, addMember, removeMember,
         pause, unpause, pauseAll, unpauseAll, penalty, ringInUse, queueStart, configReload, foreign

    /// The event name as Asterisk writes it; `nil` for `.foreign` (read the line's `event()`).
    public var name: StaticString? {
        switch self {
        case .enterQueue: "ENTERQUEUE"
        case .connect: "CONNECT"
        case .completeAgent: "COMPLETEAGENT"
        case .completeCaller: "COMPLETECALLER"
        case .abandon: "ABANDON"
        case .exitEmpty: "EXITEMPTY"
        case .exitWithTimeout: "EXITWITHTIMEOUT"
        case .exitWithKey: "EXITWITHKEY"
        case .withdraw: "WITHDRAW"
        case .ringNoAnswer: "RINGNOANSWER"
        case .ringCanceled: "RINGCANCELED"
        case .transfer: "TRANSFER"
        case .attendedTransfer: "ATTENDEDTRANSFER"
        case .blindTransfer: "BLINDTRANSFER"
        case .agentLogin: "AGENTLOGIN"
        case .agentLogoff: "AGENTLOGOFF"
        case .agentCallbackLogin: "AGENTCALLBACKLOGIN"
        case .agentCallbackLogoff: "AGENTCALLBACKLOGOFF"
        case .addMember: "ADDMEMBER"
        case .removeMember: "REMOVEMEMBER"
        case .pause: "PAUSE"
        case .unpause: "UNPAUSE"
        case .pauseAll: "PAUSEALL"
        case .unpauseAll: "UNPAUSEALL"
        case .penalty: "PENALTY"
        case .ringInUse: "RINGINUSE"
        case .queueStart: "QUEUESTART"
        case .configReload: "CONFIGRELOAD"
        case .foreign: nil
        }
    }

    public var description: String { name.map { $0.description } ?? "foreign" }

    /// From the event field's bytes (exact, case-sensitive); `.foreign` for anything else.
    /// No allocation: the length picks the few candidates, then the bytes are compared.
    public static func from(_ b: UnsafeBufferPointer<UInt8>) -> QueueEventKind {
        switch b.count {
        case 5:
            if b.equals("PAUSE") { return .pause }
        case 7:
            if b.equals("CONNECT") { return .connect }
            if b.equals("ABANDON") { return .abandon }
            if b.equals("UNPAUSE") { return .unpause }
            if b.equals("PENALTY") { return .penalty }
        case 8:
            if b.equals("PAUSEALL") { return .pauseAll }
            if b.equals("TRANSFER") { return .transfer }
            if b.equals("WITHDRAW") { return .withdraw }
        case 9:
            if b.equals("EXITEMPTY") { return .exitEmpty }
            if b.equals("ADDMEMBER") { return .addMember }
            if b.equals("RINGINUSE") { return .ringInUse }
        case 10:
            if b.equals("ENTERQUEUE") { return .enterQueue }
            if b.equals("AGENTLOGIN") { return .agentLogin }
            if b.equals("UNPAUSEALL") { return .unpauseAll }
            if b.equals("QUEUESTART") { return .queueStart }
        case 11:
            if b.equals("EXITWITHKEY") { return .exitWithKey }
            if b.equals("AGENTLOGOFF") { return .agentLogoff }
        case 12:
            if b.equals("RINGNOANSWER") { return .ringNoAnswer }
            if b.equals("RINGCANCELED") { return .ringCanceled }
            if b.equals("REMOVEMEMBER") { return .removeMember }
            if b.equals("CONFIGRELOAD") { return .configReload }
        case 13:
            if b.equals("COMPLETEAGENT") { return .completeAgent }
            if b.equals("BLINDTRANSFER") { return .blindTransfer }
        case 14:
            if b.equals("COMPLETECALLER") { return .completeCaller }
        case 15:
            if b.equals("EXITWITHTIMEOUT") { return .exitWithTimeout }
        case 16:
            if b.equals("ATTENDEDTRANSFER") { return .attendedTransfer }
        case 18:
            if b.equals("AGENTCALLBACKLOGIN") { return .agentCallbackLogin }
        case 19:
            if b.equals("AGENTCALLBACKLOGOFF") { return .agentCallbackLogoff }
        default:
            break
        }
        return .foreign
    }

    public static func from(_ s: String) -> QueueEventKind {
        var s = s
        return s.withUTF8 { from($0) }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Byte-for-byte equal to an ASCII literal (the literal's bytes are static: no allocation).
    @inline(__always)
    func equals(_ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard count == n, let p = baseAddress else { return n == 0 && count == 0 }
        let q = literal.utf8Start
        var k = 0
        while k < n {
            if p[k] != q[k] { return false }
            k += 1
        }
        return true
    }
}
