import Testing
@testable import CallboardModel

@Suite("RecordingLocation")
struct RecordingLocationTests {
    static func recorded(_ recording: String?, id: String = "c1") -> CallRecord {
        CallRecord(id: id, agent: "a1", start: t(9), duration: 120, outcome: "sale", recording: recording)
    }

    static func settings(dir: String? = nil, url: String? = nil) -> Settings {
        var s = Settings()
        s.recordingDirectory = dir
        s.recordingURL = url
        return s
    }

    @Test func noRecordingNoLocation() {
        #expect(RecordingLocation(call: Self.recorded(nil), settings: Self.settings(dir: "/srv/rec")) == nil)
        #expect(RecordingLocation(call: Self.recorded(""), settings: Self.settings(dir: "/srv/rec")) == nil)
    }

    @Test func aURLInCallsCsvIsKeptAsItIs() {
        let s = Self.settings(dir: "/srv/rec", url: "https://pbx.example.com/{file}")
        let loc = RecordingLocation(call: Self.recorded("https://cloud.example.com/r/1.wav?x=1"), settings: s)
        #expect(loc == RecordingLocation(path: nil, url: "https://cloud.example.com/r/1.wav?x=1"))
        #expect(loc?.playable == "https://cloud.example.com/r/1.wav?x=1")
        let sftp = RecordingLocation(call: Self.recorded("sftp://pbx/rec 1.wav"), settings: s)
        #expect(sftp == RecordingLocation(path: nil, url: "sftp://pbx/rec 1.wav"))
    }

    @Test func relativePathsAreFoundUnderTheRecordingDirectory() {
        let rec = Self.recorded("2026/11/c1.wav")
        #expect(RecordingLocation(call: rec, settings: Self.settings(dir: "/srv/rec"))?.path == "/srv/rec/2026/11/c1.wav")
        // A trailing slash is not doubled.
        #expect(RecordingLocation(call: rec, settings: Self.settings(dir: "/srv/rec/"))?.path == "/srv/rec/2026/11/c1.wav")
        // Without a directory (or an empty one) the path stays as calls.csv has it.
        #expect(RecordingLocation(call: rec, settings: Self.settings())?.path == "2026/11/c1.wav")
        #expect(RecordingLocation(call: rec, settings: Self.settings(dir: ""))?.path == "2026/11/c1.wav")
        // An absolute path ignores the directory.
        let abs = Self.recorded("/var/spool/asterisk/monitor/c1.wav")
        #expect(RecordingLocation(call: abs, settings: Self.settings(dir: "/srv/rec")) ==
                RecordingLocation(path: "/var/spool/asterisk/monitor/c1.wav", url: nil))
        #expect(RecordingLocation(call: abs, settings: Self.settings(dir: "/srv/rec"))?.playable ==
                "/var/spool/asterisk/monitor/c1.wav")
    }

    @Test func theURLTemplateIsFilledInPercentEncoded() {
        let s = Self.settings(dir: "/srv/rec", url: "https://pbx.example.com/play?f={file}&n={name}&id={call}")
        // Ł = C5 81, ó = C3 B3, ź = C5 BA, ż = C5 BC; a space is %20, a slash %2F except in {file}.
        let loc = RecordingLocation(call: Self.recorded("2026/11/Łódź rozmowa.wav", id: "c 1/ż"), settings: s)
        #expect(loc?.path == "/srv/rec/2026/11/Łódź rozmowa.wav")
        #expect(loc?.url == "https://pbx.example.com/play?f=2026/11/%C5%81%C3%B3d%C5%BA%20rozmowa.wav"
                + "&n=%C5%81%C3%B3d%C5%BA%20rozmowa.wav&id=c%201%2F%C5%BC")
        // The path is what a player gets, not the URL.
        #expect(loc?.playable == "/srv/rec/2026/11/Łódź rozmowa.wav")
    }

    @Test func unreservedCharactersStayAndEverythingElseIsEncoded() {
        let s = Self.settings(url: "https://x/{name}")
        // A-Z a-z 0-9 - . _ ~ stay; + & ? # % = : ' become %2B %26 %3F %23 %25 %3D %3A %27.
        let loc = RecordingLocation(call: Self.recorded("Az09-._~+&?#%=:'.mp3"), settings: s)
        #expect(loc?.url == "https://x/Az09-._~%2B%26%3F%23%25%3D%3A%27.mp3")
    }

    @Test func placeholdersAreReplacedEverywhereAndOnlyOnce() {
        let s = Self.settings(url: "{call}/{call}/{name}/{file}")
        // A name that spells a placeholder is encoded ({ = %7B, } = %7D), so it is not filled in again.
        let loc = RecordingLocation(call: Self.recorded("dir/a{call}.wav", id: "c9"), settings: s)
        #expect(loc?.url == "c9/c9/a%7Bcall%7D.wav/dir/a%7Bcall%7D.wav")
        // A template without placeholders is used as it is.
        let fixed = RecordingLocation(call: Self.recorded("a.wav"), settings: Self.settings(url: "https://pbx/recordings"))
        #expect(fixed?.url == "https://pbx/recordings")
        // The name of a file without a directory is the file.
        let bare = RecordingLocation(call: Self.recorded("a b.wav"), settings: Self.settings(url: "{name}|{file}"))
        #expect(bare?.url == "a%20b.wav|a%20b.wav")
    }

    @Test func playerArgumentsGetTheFileAsOneArgument() {
        let player = ["mpv", "--no-video", "--really-quiet", "{file}"]
        // No shell: spaces and Polish letters go through untouched, in a single argument.
        #expect(RecordingLocation.arguments(player, file: "/srv/rec/Łódź rozmowa.wav") ==
                ["mpv", "--no-video", "--really-quiet", "/srv/rec/Łódź rozmowa.wav"])
        #expect(RecordingLocation.arguments(["vlc", "--input={file}", "--title={file}"], file: "/a.wav") ==
                ["vlc", "--input=/a.wav", "--title=/a.wav"])
        #expect(RecordingLocation.arguments(["play"], file: "/a.wav") == ["play"])
        #expect(RecordingLocation.arguments([], file: "/a.wav") == [])
    }
}
