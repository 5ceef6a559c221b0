import Testing
@testable import CallboardModel

@Suite struct NameCollationTests {
    @Test func polishLettersFollowTheirBaseLetter() {
        let names = ["Żaneta", "Zenon", "Łukasz", "Lucyna", "Źdźbło", "Ścibor", "Szymon", "Marek", "ewa", "Ćwik", "Cezary"]
        // Polish alphabet order: C < Ć, L < Ł, S < Ś, Z < Ź < Ż; case is ignored (ewa between Ćwik and Lucyna).
        #expect(names.sorted(by: NameCollation.less) ==
                ["Cezary", "Ćwik", "ewa", "Lucyna", "Łukasz", "Marek", "Szymon", "Ścibor", "Zenon", "Źdźbło", "Żaneta"])
    }

    @Test func otherAccentsSortWithTheBaseLetter() {
        // é is not a Polish letter: it sorts right after e, before f.
        #expect(NameCollation.less("René", "Renf"))
        #expect(NameCollation.less("Rene", "René"))
        #expect(!NameCollation.less("René", "Rene"))
    }

    @Test func spacesComeBeforeLetters() {
        #expect(NameCollation.less("Anna Nowak", "Annabel"))
    }
}

/// The fast key (ASCII and Polish letters by scalar) is the key Foundation's folding gives.
@Suite struct NameCollationFastKeyTests {
    @Test func theFastKeyIsTheFoldedKey() {
        let letters = Array("aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźżAĄBCĆDEĘFGHIJKLŁMNŃOÓPQRSŚTUVWXYZŹŻ0189 -'.,_")
        var rng = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let name = String((0..<Int.random(in: 0...14, using: &rng)).map { _ in letters.randomElement(using: &rng)! })
            #expect(NameCollation.key(name) == NameCollation.slowKey(name), "\(name)")
        }
        // Beyond them, the folded key: é sorts with e.
        #expect(NameCollation.key("Éva") == NameCollation.slowKey("Éva"))
        #expect(NameCollation.less("Ewa", "Éva") || NameCollation.less("Éva", "Ewa"))
    }
}
