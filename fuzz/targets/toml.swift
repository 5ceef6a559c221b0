@testable import CallboardTOML

/// The TOML parser on any bytes: an error or a table, never a crash, never a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTOML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    _ = try? TOMLParser.parse(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    return 0
}
