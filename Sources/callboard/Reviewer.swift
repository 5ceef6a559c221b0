import Foundation

/// Who is marking reviews: the login name.
enum Reviewer {
    static func login() -> String {
        let env = ProcessInfo.processInfo.environment
        if let u = env["USER"], !u.isEmpty { return u }
        if let u = env["LOGNAME"], !u.isEmpty { return u }
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "unknown"
    }
}
