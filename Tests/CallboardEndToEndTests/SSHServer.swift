import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// An OpenSSH server of the test's own on a free loopback port, with a throw-away host key and
/// user key, accepting the client's LANG and LC_* (`AcceptEnv`, as Debian's default config
/// does) and nothing else: no PAM, so no default locale either — as on a minimal server.
final class SSHServer {
    let directory: String
    let port: Int
    private let process: Process

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let sshd = "/usr/sbin/sshd"

    /// Whether a server and a client are installed.
    static let isInstalled: Bool = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let hasClient = path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/ssh") }
        return hasClient && FileManager.default.isExecutableFile(atPath: sshd)
    }()

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("callboard-sshd-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for key in ["host_key", "user_key"] {
            let r = try Command.run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", "\(directory)/\(key)"],
                                    environment: ProcessInfo.processInfo.environment)
            guard r.status == 0 else { throw Failure(description: "ssh-keygen: \(r.stderr)") }
        }
        try FileManager.default.copyItem(atPath: "\(directory)/user_key.pub", toPath: "\(directory)/authorized_keys")
        // sshd wants its privilege separation directory; root may make it.
        if getuid() == 0 { try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true) }
        port = try SSHServer.freePort()
        try """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(directory)/host_key
            AuthorizedKeysFile \(directory)/authorized_keys
            PubkeyAuthentication yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin prohibit-password
            StrictModes no
            UsePAM no
            AcceptEnv LANG LC_*
            PidFile \(directory)/sshd.pid
            PrintMotd no
            LogLevel ERROR

            """.write(toFile: "\(directory)/sshd_config", atomically: true, encoding: .utf8)
        process = Process()
        process.executableURL = URL(fileURLWithPath: SSHServer.sshd)
        process.arguments = ["-D", "-e", "-f", "\(directory)/sshd_config"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        try waitUntilListening()
    }

    deinit {
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// The client's command line that runs `remote` on this server in a terminal (`ssh -t`),
    /// sending LANG and LC_* when they are set where it runs.
    func command(_ remote: String) -> String {
        let options = ["-t", "-p", "\(port)", "-i", "\(directory)/user_key", "-o", "StrictHostKeyChecking=no",
                       "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-o", "SendEnv=LANG LC_*",
                       "-o", "ServerAliveInterval=1", "-o", "ServerAliveCountMax=3"]
        return "ssh " + options.map(Tmux.quote).joined(separator: " ") + " 127.0.0.1 " + Tmux.quote(remote)
    }

    private func waitUntilListening() throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            guard process.isRunning else { throw Failure(description: "sshd exited with status \(process.terminationStatus)") }
            if SSHServer.accepts(port) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "sshd did not listen on 127.0.0.1:\(port) within 10 s")
    }

    private static func loopback(_ port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = in_addr_t(0x7F00_0001).bigEndian
        return address
    }

    private static func accepts(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = loopback(port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    /// A port the system hands out as free now (bound to port 0, then let go).
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
        defer { close(fd) }
        var address = loopback(0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw Failure(description: "bind: \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

extension Trait where Self == ConditionTrait {
    /// For a test that runs the dashboard through a real OpenSSH server.
    static var requiresSSH: Self {
        .enabled(if: SSHServer.isInstalled, "OpenSSH's sshd and ssh are not installed (.ci/run installs openssh-server)")
    }
}
