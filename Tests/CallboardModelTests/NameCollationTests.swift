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
