import Foundation

/// A data directory for one test, with rows dated today (local time) shortly before now,
/// so the dashboard's own clock sees them as today's.
final class Fixture {
    let path: String
    /// The moment the first row happened; every row time is `base + offset`.
    let base: Int
    private let formatter: DateFormatter

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("callboard-e2e-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let now = Int(Date().timeIntervalSince1970)
        let midnight = Int(Calendar.current.startOfDay(for: Date()).timeIntervalSince1970)
        // Rows span 10 minutes; never before today's midnight.
        base = max(midnight + 1, now - 1200)
        try write("agents.csv", """
            id,name,team,daily_sales_target,daily_revenue_target
            a1,Łukasz Wiśniewski,Północ,5,4000
            a2,Żaneta Gęś,Południe,4,3000
            a3,Anna Kowalska,Północ,6,4500

            """)
        try write("callboard.toml", """
            team_name = "E2E Team"
            currency = "PLN"
            [shift]
            start = "00:00"
            end = "23:59"

            """)
        try write("status.csv", """
            time,agent,state,reason
            \(t(0)),a1,available,
            \(t(10)),a2,available,
            \(t(20)),a3,available,
            \(t(60)),a1,call,
            \(t(100)),a2,pause,coffee

            """)
        try write("calls.csv", """
            id,agent,start,duration,outcome,direction,customer,recording,review
            C1,a1,\(t(5)),95,sale,out,"Hurtownia \"\"Kowal\"\"",recordings/C1.wav,yes
            C2,a2,\(t(15)),200,no-sale,out,Jan Nowak,,
            C3,a3,\(t(25)),120,callback,in,Marta,,

            """)
        try write("sales.csv", """
            time;agent;amount;call_id;product
            \(t(100));a1;1 250,00;C1;Pakiet

            """)
        let today = Calendar.current.startOfDay(for: Date())
        let due = Calendar.current.date(byAdding: .day, value: -5, to: today)!
        let dayFormatter = DateFormatter()
        dayFormatter.locale = Locale(identifier: "en_US_POSIX")
        dayFormatter.timeZone = TimeZone.current
        dayFormatter.dateFormat = "yyyy-MM-dd"
        try write("coaching.csv", """
            id,agent,kind,due,title
            K1,a2,one-on-one,\(dayFormatter.string(from: due)),Monthly one-on-one

            """)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Local `YYYY-MM-DD HH:MM:SS` of `base + seconds`.
    func t(_ seconds: Int) -> String {
        formatter.string(from: Date(timeIntervalSince1970: TimeInterval(base + seconds)))
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: path + "/" + name, atomically: false, encoding: .utf8)
    }

    /// Appends raw text (no newline added) in one write, as an exporter would.
    func append(_ name: String, _ text: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path + "/" + name))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    func read(_ name: String) -> String {
        (try? String(contentsOfFile: path + "/" + name, encoding: .utf8)) ?? ""
    }

    /// The journal's records as JSON objects.
    func journal() -> [[String: Any]] {
        read("reviews.jsonl").split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    var command: String { "\(Tmux.quote(Binary.path)) --data-dir \(Tmux.quote(path))" }
}
