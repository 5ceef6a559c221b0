/// A parsed CSV file (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks).
struct CSVTable {
    let header: [String]
    var rows: [[String: String]]

    init(_ text: String) {
        let records = CSVTable.records(text)
        header = records.first ?? []
        rows = records.dropFirst().map { fields in
            var row: [String: String] = [:]
            for (name, value) in zip(records[0], fields) { row[name] = value }
            return row
        }
    }

    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" {
                        field.append("\"")
                        chars.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else if c == "\n" {
                fields.append(field)
                records.append(fields)
                fields = []
                field = ""
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append(fields)
        }
        return records
    }
}
