/// Polish-looking customers: people and firms, a few with commas and quotes in the name.
enum DemoCustomers {
    static let people = [
        "Jan Nowak", "Zofia Wróbel", "Marek Jabłoński", "Katarzyna Pawłowska", "Grzegorz Michalski",
        "Beata Król", "Paweł Wieczorek", "Joanna Jaworska", "Stanisław Górski", "Elżbieta Rutkowska",
        "Adam Sikora", "Dorota Baran", "Wojciech Szczepański", "Halina Kaczmarek", "Jerzy Ostrowski",
        "Renata Kozłowska", "Bartosz Malinowski", "Iwona Pietrzak", "Rafał Duda", "Urszula Zając",
    ]

    static let firms = [
        "Hurtownia Kowal sp. z o.o.", "Piekarnia \"Złoty Kłos\"", "Auto-Serwis Nowak, Kraków",
        "P.H.U. \"Mazur\" s.c.", "Kwiaciarnia Różana, Gdańsk", "Biuro Rachunkowe Bilans",
        "Stolarstwo Ząbek", "Apteka Pod Orłem", "Transport Wiśniewski i Syn", "Hotel \"Pod Dębem\", Zakopane",
        "Drukarnia Łódzka S.A.", "Gabinet Stomatologiczny Uśmiech", "Sklep Żabka nr 1432",
        "Ogrodnictwo Zielony Świat", "Kancelaria Radcy Prawnego, Poznań", "Market Budowlany Cegiełka",
    ]

    static func pick(_ random: inout DemoRandom) -> String {
        random.chance(0.5) ? random.pick(people) : random.pick(firms)
    }
}
