package io.kaonet.demo;

import java.util.List;

/**
 * The places and words of the synthetic CORDIS export: countries weighted roughly by their share
 * of Horizon 2020 participations, cities with the spellings CORDIS rows use for them (the most
 * common first), and word lists for names, titles and objectives. Greece and the United Kingdom
 * carry CORDIS's own codes {@code EL} and {@code UK}; Kosovo's user-assigned {@code XK} is rare.
 */
final class CordisVocabulary {

    private CordisVocabulary() {
    }

    /** A city: its spellings with their weights (the first the most common), NUTS 3 code and centre. */
    record City(List<String> spellings, List<Integer> weights, String nuts, double latitude, double longitude) {

        static City of(String nuts, double latitude, double longitude, Object... spellingsAndWeights) {
            List<String> spellings = new java.util.ArrayList<>();
            List<Integer> weights = new java.util.ArrayList<>();
            for (int i = 0; i < spellingsAndWeights.length; i += 2) {
                spellings.add((String) spellingsAndWeights[i]);
                weights.add((Integer) spellingsAndWeights[i + 1]);
            }
            return new City(List.copyOf(spellings), List.copyOf(weights), nuts, latitude, longitude);
        }
    }

    /** A country as CORDIS codes it, its weight among participations, VAT prefix and cities. */
    record Country(String code, double weight, String vatPrefix, List<City> cities) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("DE", 15, "DE", List.of(
                    City.of("DE212", 48.1372, 11.5755, "München", 3, "MUNCHEN", 3, "MUENCHEN", 2, "Munchen", 2),
                    City.of("DEA23", 50.9375, 6.9603, "Köln", 3, "KOELN", 2, "KOLN", 1),
                    City.of("DE300", 52.5200, 13.4050, "BERLIN", 3, "Berlin", 2),
                    City.of("DEA11", 51.2277, 6.7735, "Düsseldorf", 2, "DUSSELDORF", 2, "DUESSELDORF", 1),
                    City.of("DE111", 48.7758, 9.1829, "STUTTGART", 1, "Stuttgart", 1),
                    City.of("DEA2D", 50.7753, 6.0839, "AACHEN", 1),
                    City.of("DED21", 51.0504, 13.7373, "DRESDEN", 1, "Dresden", 1))),
            new Country("FR", 12, "FR", List.of(
                    City.of("FR101", 48.8566, 2.3522, "PARIS", 4, "Paris", 2),
                    City.of("FRK24", 45.1885, 5.7245, "GRENOBLE", 1),
                    City.of("FRJ23", 43.6047, 1.4442, "TOULOUSE", 1, "Toulouse", 1),
                    City.of("FRC21", 47.2378, 6.0241, "BESANCON", 1, "Besançon", 1))),
            new Country("ES", 11, "ES", List.of(
                    City.of("ES300", 40.4168, -3.7038, "MADRID", 3, "Madrid", 2),
                    City.of("ES511", 41.3874, 2.1686, "BARCELONA", 3, "Barcelona", 2),
                    City.of("ES617", 36.7213, -4.4214, "MALAGA", 1, "Málaga", 1),
                    City.of("ES523", 39.4699, -0.3763, "VALENCIA", 2, "València", 1))),
            new Country("IT", 10, "IT", List.of(
                    City.of("ITI43", 41.9028, 12.4964, "ROMA", 3, "Roma", 1),
                    City.of("ITC4C", 45.4642, 9.1900, "MILANO", 2, "Milano", 1),
                    City.of("ITC11", 45.0703, 7.6869, "TORINO", 1),
                    City.of("ITH55", 44.4949, 11.3426, "BOLOGNA", 1))),
            new Country("UK", 8, "GB", List.of(
                    City.of("UKI31", 51.5072, -0.1276, "LONDON", 3, "London", 2),
                    City.of("UKH12", 52.2053, 0.1218, "CAMBRIDGE", 1),
                    City.of("UKJ14", 51.7520, -1.2577, "OXFORD", 1))),
            new Country("NL", 7, "NL", List.of(
                    City.of("NL329", 52.3676, 4.9041, "AMSTERDAM", 2, "Amsterdam", 1),
                    City.of("NL333", 52.0116, 4.3571, "DELFT", 1),
                    City.of("NL414", 51.4416, 5.4697, "EINDHOVEN", 1))),
            new Country("BE", 6, "BE", List.of(
                    City.of("BE100", 50.8503, 4.3517, "BRUXELLES", 3, "Bruxelles", 1),
                    City.of("BE242", 50.8798, 4.7005, "LEUVEN", 1),
                    City.of("BE332", 50.6326, 5.5797, "LIEGE", 1, "Liège", 1))),
            new Country("EL", 4, "EL", List.of(
                    City.of("EL303", 37.9838, 23.7275, "ATHINA", 2, "Athina", 1),
                    City.of("EL522", 40.6401, 22.9444, "THESSALONIKI", 1, "Thessaloniki", 1))),
            new Country("SE", 3, "SE", List.of(
                    City.of("SE110", 59.3293, 18.0686, "STOCKHOLM", 1),
                    City.of("SE232", 57.7089, 11.9746, "GOTEBORG", 2, "Göteborg", 1, "GOETEBORG", 1),
                    City.of("SE123", 58.4108, 15.6214, "LINKOPING", 1, "Linköping", 1))),
            new Country("AT", 3, "AT", List.of(
                    City.of("AT130", 48.2082, 16.3738, "WIEN", 2, "Wien", 1),
                    City.of("AT221", 47.0707, 15.4395, "GRAZ", 1))),
            new Country("CH", 2, "CHE", List.of(
                    City.of("CH040", 47.3769, 8.5417, "ZURICH", 2, "Zürich", 1, "ZUERICH", 1),
                    City.of("CH013", 46.2044, 6.1432, "GENEVE", 1, "Genève", 1))),
            new Country("PT", 3, "PT", List.of(
                    City.of("PT170", 38.7223, -9.1393, "LISBOA", 2, "Lisboa", 1),
                    City.of("PT11A", 41.1579, -8.6291, "PORTO", 1))),
            new Country("PL", 2, "PL", List.of(
                    City.of("PL911", 52.2297, 21.0122, "WARSZAWA", 2, "Warszawa", 1),
                    City.of("PL213", 50.0647, 19.9450, "KRAKOW", 1, "Kraków", 1))),
            new Country("FI", 2, "FI", List.of(
                    City.of("FI1B1", 60.1699, 24.9384, "HELSINKI", 1),
                    City.of("FI193", 62.2426, 25.7473, "JYVASKYLA", 1, "Jyväskylä", 1))),
            new Country("DK", 2, "DK", List.of(
                    City.of("DK042", 56.1629, 10.2039, "AARHUS C", 1),
                    City.of("DK012", 55.7704, 12.5038, "KONGENS LYNGBY", 1, "Kgs. Lyngby", 1))),
            new Country("IE", 1.5, "IE", List.of(
                    City.of("IE061", 53.3498, -6.2603, "DUBLIN", 2, "Dublin", 1),
                    City.of("IE053", 51.8985, -8.4756, "CORK", 1))),
            new Country("CZ", 1, "CZ", List.of(
                    City.of("CZ010", 50.0755, 14.4378, "PRAHA", 1, "Praha", 1))),
            new Country("NO", 1.5, "NO", List.of(
                    City.of("NO081", 59.9139, 10.7522, "OSLO", 1),
                    City.of("NO060", 63.4305, 10.3951, "TRONDHEIM", 1))),
            new Country("XK", 0.05, "XK", List.of(
                    City.of("", 42.6629, 21.1655, "PRISHTINE", 1, "Prishtinë", 1))));

    /** CORDIS activity types and their shares among organisations. */
    static final List<String> ACTIVITY_TYPES = List.of("PRC", "HES", "REC", "PUB", "OTH");
    static final List<Double> ACTIVITY_TYPE_SHARES = List.of(0.45, 0.12, 0.15, 0.08, 0.20);
    /** How many more projects an organisation of each type joins, on average, than a company. */
    static final List<Double> ACTIVITY_TYPE_REACH = List.of(0.6, 3.0, 2.5, 1.0, 0.8);

    static final List<String> FIELDS = List.of("ENERGY", "MATERIALS", "PHOTONICS", "HEALTH", "ROBOTICS", "CLIMATE",
            "MARINE", "AGRICULTURE", "SPACE", "QUANTUM", "MOBILITY", "WATER", "SECURITY", "CULTURE", "DIGITAL");
    static final List<String> LEGAL_FORMS = List.of("GMBH", "SA", "SRL", "BV", "AB", "OY", "LTD", "SL", "SPA", "AS",
            "SAS", "NV", "AG", "SPOLKA Z OGRANICZONA ODPOWIEDZIALNOSCIA");
    static final List<String> SYLLABLES = List.of("NO", "VA", "TEK", "SYN", "ER", "GI", "LU", "MEN", "TRA", "QUI", "ZO",
            "RA", "DI", "AN", "OP", "TIX", "CEL", "MAR", "ION", "SOL");
    static final List<String> WORDS = List.of("advanced", "sustainable", "integrated", "novel", "scalable", "digital",
            "resilient", "low-carbon", "circular", "precision", "adaptive", "open", "smart", "autonomous", "molecular",
            "materials", "systems", "networks", "platform", "sensors", "batteries", "hydrogen", "vaccines", "soil",
            "oceans", "cities", "manufacturing", "data", "models", "cells", "devices", "grids", "communities",
            "for", "and", "of", "the", "in", "with", "towards", "across", "through");
    static final List<String> OBJECTIVE_WORDS = List.of("the", "project", "will", "develop", "demonstrate", "new",
            "approaches", "to", "and", "of", "in", "for", "a", "which", "research", "innovation", "partners",
            "industry", "across", "Europe", "validate", "pilot", "sites", "while", "ensuring", "impact", "on",
            "policy", "society", "markets", "by", "combining", "experimental", "computational", "methods", "data",
            "open", "science", "training", "researchers", "SMEs", "end-users", "stakeholders", "scale", "up",
            "technologies", "performance", "cost", "reduction", "emissions", "health", "safety", "quality");
}
