import Foundation
import Testing
import CallboardModel
@testable import CallboardUI

/// The key table is the one place keys are defined: what they do, the help and the bottom line
/// are read from it and must agree with it.
@Suite("Keymap")
struct KeymapTests {
    @Test func everyBindingDoesWhatTheTableSaysAndNoKeyIsBoundTwice() {
        var seen: [Key: String] = [:]
        for command in Keymap.commands {
            for binding in command.bindings {
                #expect(seen[binding.key] == nil, "\(binding.key) in \(command.name) and \(seen[binding.key] ?? "")")
                seen[binding.key] = command.name
                #expect(Action.from(binding.key, overlayOpen: false) == binding.action, "\(binding.key)")
            }
        }
        // Keys outside the table do nothing.
        #expect(Action.from(.character("z"), overlayOpen: false) == .none)
        #expect(Action.from(.function(5), overlayOpen: false) == .none)
    }

    @Test func anOverlayChangesWhatSomeKeysMean() {
        #expect(Action.from(.character("q"), overlayOpen: true) == .close)
        #expect(Action.from(.character("Q"), overlayOpen: true) == .quit)
        #expect(Action.from(.enter, overlayOpen: true) == .close)
        for key in ["/", "s", "T"] { #expect(Action.from(.character(Character(key)), overlayOpen: true) == Action.none) }
        #expect(Action.from(.character("r"), overlayOpen: true) == .markReviewed)
    }

    @Test func theHelpListsEveryCommandInTheTablesOrder() {
        #expect(HelpOverlay.entries.map(\.0) == Keymap.commands.map(\.name))
        #expect(HelpOverlay.entries.map(\.1) == Keymap.commands.map(\.help))
    }

    @Test func everyHintOfTheBottomLineIsAKeyThatDoesIt() {
        var checked = 0
        for focus in PanelID.allCases {
            for (key, label) in FooterView.keys(for: focus, overlay: nil) {
                let bound = key == "Enter" ? Key.enter : key == "Tab" ? Key.tab : Key.character(Character(key))
                let action = Action.from(bound, overlayOpen: false)
                #expect(action != Action.none, "\(key) \(label)")
                #expect(Keymap.hint(action).map { $0.0 == key && $0.1 == label } == true, "\(key) \(label)")
                checked += 1
            }
        }
        #expect(checked > 15)
        // While a recording plays, its key stops it.
        #expect(FooterView.keys(for: .coaching, overlay: nil, playing: true).first! == ("l", "stop"))
        #expect(!FooterView.keys(for: .coaching, overlay: nil, playing: true).dropFirst().contains { $0.0 == "l" })
    }

    @Test func theTablesTextsAreAmongTheTranslatedOnes() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/CallboardUI/Input/Keymap.swift")
        var scanner = LookupScanner()
        scanner.scan(try String(contentsOf: file, encoding: .utf8), file: "Keymap.swift")
        let found = Set(scanner.lookups.map { "\($0.context ?? "")|\($0.text)" })
        for command in Keymap.commands {
            #expect(found.contains("key name|\(command.name)"))
            #expect(found.contains("help|\(command.help)"))
            if let hint = command.hint { #expect(found.contains("key|\(hint)")) }
        }
    }
}
