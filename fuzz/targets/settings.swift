@testable import CallboardReaders

/// callboard.toml through the settings loader: every value checked against its range.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSettings(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    _ = try? SettingsLoader.load(text: String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    return 0
}
