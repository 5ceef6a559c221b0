import CallboardModel
@testable import CallboardReaders

/// CSV bytes through the scanner with each delimiter, every field read as bytes and text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    for delimiter in [UInt8(0x2C), 0x3B, 0x09, CSVScanner.detectDelimiter(bytes)] {
        _ = CSVScanner(delimiter: delimiter).scan(bytes, firstLine: 1, onRecord: { row in
            for i in 0..<row.count {
                _ = row.bytes(i)
                _ = row.string(i)
            }
        }, onBroken: { _ in })
    }
    return 0
}
