package io.kaonet.demo;

import static io.kaonet.core.model.ActorKind.COMPANY;
import static io.kaonet.core.model.ActorKind.COORDINATOR;
import static io.kaonet.core.model.ActorKind.FINANCIER;
import static io.kaonet.core.model.ActorKind.GOVERNMENT;
import static io.kaonet.core.model.ActorKind.INCUBATOR;
import static io.kaonet.core.model.ActorKind.PROFESSIONAL;
import static io.kaonet.core.model.ActorKind.RESEARCH_INSTITUTE;
import static io.kaonet.core.model.ActorKind.SUPPORT_ORGANIZATION;
import static io.kaonet.core.model.ActorKind.TLO;
import static io.kaonet.core.model.ActorKind.TRADING_FIRM;
import static io.kaonet.core.model.ActorKind.UNIVERSITY;
import static io.kaonet.demo.Industry.BIOTECHNOLOGY;
import static io.kaonet.demo.Industry.ELECTRONICS;
import static io.kaonet.demo.Industry.FOOD_AGRI_BIO;
import static io.kaonet.demo.Industry.MEDICAL_DEVICES;
import static io.kaonet.demo.Industry.NEW_MATERIALS;
import static io.kaonet.demo.Industry.OPTICS_PHOTONICS;
import static io.kaonet.demo.Industry.PRECISION_MACHINERY;
import static io.kaonet.demo.Industry.SOFTWARE;
import static io.kaonet.demo.Industry.TRANSPORT_EQUIPMENT;

import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.ClusterType;
import io.kaonet.demo.ClusterPlan.FirmQuota;
import io.kaonet.demo.ClusterPlan.NamedBody;
import io.kaonet.demo.ClusterPlan.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of the seed documents on METI's Industrial Cluster Project that the demo network is
 * calibrated to, and the plans of its clusters. Figures are cited by seed document in
 * {@code docs/demo-network.md}; the sizes of the Hamamatsu and Shikoku clusters and of the overseas
 * partners are illustrative, not taken from a figure.
 */
final class Calibration {

    /** First and last day of the generated history: the three policy phases, 2001–2020. */
    static final LocalDate FIRST_DAY = LocalDate.of(2001, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2020, 12, 31);

    /** TAMA, FY2002: coordinators were dispatched 289 times to 55 companies. */
    static final int TAMA_DISPATCHES = 289;
    static final int TAMA_DISPATCHED_FIRMS = 55;
    static final LocalDate TAMA_DISPATCH_FROM = LocalDate.of(2002, 4, 1);
    static final LocalDate TAMA_DISPATCH_TO = LocalDate.of(2003, 3, 31);
    /** TAMA: "more than 40 alliances have so far been formed" (article of 2004). */
    static final int TAMA_ALLIANCES = 42;
    static final LocalDate TAMA_ALLIANCES_TO = LocalDate.of(2004, 3, 31);
    /** Hokkaido: 29 university-generated ventures launched in the past three years. */
    static final LocalDate SPIN_OFF_FROM = LocalDate.of(2001, 4, 1);
    static final LocalDate SPIN_OFF_TO = LocalDate.of(2004, 3, 31);
    /** Kinki Bio: 130 joint research and development activities carried out so far. */
    static final int KINKI_JOINT_RD = 130;
    /** Kinki Bio: the ventures whose parent is a public research institute rather than a university. */
    static final int KINKI_INSTITUTE_VENTURES = 4;
    /** Evaluation survey: 38.5 % of firms newly started collaboration; used as the share of introductions that turn into a tie. */
    static final double INTRODUCTION_SUCCESS = 0.385;

    static final String SYNTHETIC = " (synthetic)";
    private static final String LABEL = "SYNTHETIC demo data, not real organisations or ties. ";

    private Calibration() {
    }

    static final ClusterPlan TAMA = new ClusterPlan(
            "TAMA", "tama", "TAMA, Tama Industrial Artery Area (synthetic demo)", "Kanto",
            ClusterType.METROPOLITAN,
            LABEL + "Type A metropolitan revitalisation cluster of western Tokyo, southern Saitama and northern "
                    + "Kanagawa: precision machinery, electronics and software SMEs with product-development "
                    + "abilities. Calibrated to about 280 firms, 28 universities, 3 public research institutes, "
                    + "4 incubators, 17 local governments, 62 financiers, TLOs and chambers, 289 coordinator "
                    + "dispatches to 55 firms (FY2002) and more than 40 alliances.",
            LocalDate.of(2001, 4, 1),
            List.of(
                    Place.jp("Hachioji", "Tokyo", 35.6664, 139.3160, 6),
                    Place.jp("Tachikawa", "Tokyo", 35.6939, 139.4077, 3),
                    Place.jp("Fuchu", "Tokyo", 35.6689, 139.4776, 2),
                    Place.jp("Mitaka", "Tokyo", 35.6836, 139.5595, 2),
                    Place.jp("Ome", "Tokyo", 35.7880, 139.2758, 2),
                    Place.jp("Machida", "Tokyo", 35.5483, 139.4467, 2),
                    Place.jp("Hino", "Tokyo", 35.6712, 139.3950, 2),
                    Place.jp("Akishima", "Tokyo", 35.7057, 139.3535),
                    Place.jp("Koganei", "Tokyo", 35.6995, 139.5030),
                    Place.jp("Chofu", "Tokyo", 35.6506, 139.5407),
                    Place.jp("Sagamihara", "Kanagawa", 35.5714, 139.3733, 5),
                    Place.jp("Atsugi", "Kanagawa", 35.4433, 139.3624, 2),
                    Place.jp("Ebina", "Kanagawa", 35.4466, 139.3908),
                    Place.jp("Sayama", "Saitama", 35.8530, 139.4122, 3),
                    Place.jp("Iruma", "Saitama", 35.8358, 139.3911),
                    Place.jp("Tokorozawa", "Saitama", 35.7991, 139.4690, 2),
                    Place.jp("Kawagoe", "Saitama", 35.9251, 139.4858, 2)),
            List.of("Tama", "Musashino", "Sagami", "Takao", "Asakawa", "Tamagawa", "Okutama", "Kobotoke", "Zama",
                    "Nishitama"),
            List.of(new FirmQuota(PRECISION_MACHINERY, 113, 7),
                    new FirmQuota(ELECTRONICS, 88, 7),
                    new FirmQuota(SOFTWARE, 49, 1),
                    new FirmQuota(MEDICAL_DEVICES, 15, 0)),
            Map.of(UNIVERSITY, 28, RESEARCH_INSTITUTE, 3, INCUBATOR, 4, GOVERNMENT, 17,
                    FINANCIER, 40, TLO, 2, SUPPORT_ORGANIZATION, 14, TRADING_FIRM, 3, PROFESSIONAL, 3,
                    COORDINATOR, 10),
            List.of(new NamedBody(SUPPORT_ORGANIZATION, "TAMA Industrial Vitalization Association", Role.PROMOTION_BODY, 0),
                    new NamedBody(GOVERNMENT, "Kanto Bureau of Economy, Trade and Industry", Role.BUREAU, 13)),
            34, 0.35);

    private static final List<Place> SAPPORO_VALLEY = List.of(
            Place.jp("Sapporo", "Hokkaido", 43.0618, 141.3545, 8),
            Place.jp("Ebetsu", "Hokkaido", 43.1036, 141.5361),
            Place.jp("Asahikawa", "Hokkaido", 43.7706, 142.3650),
            Place.jp("Hakodate", "Hokkaido", 41.7687, 140.7288));

    static final ClusterPlan HOKKAIDO = new ClusterPlan(
            "HOKKAIDO", "hok", "Hokkaido Super Cluster, IT and bio (synthetic demo)", "Hokkaido",
            ClusterType.SCIENCE_BASED,
            LABEL + "Type B science-based cluster across Hokkaido: IT firms of the Sapporo Valley and bio firms. "
                    + "Calibrated to 16 universities, about 300 SMEs in IT and bio and 29 university spin-offs "
                    + "launched 2001-2004.",
            LocalDate.of(2001, 4, 1),
            List.of(
                    Place.jp("Sapporo", "Hokkaido", 43.0618, 141.3545, 8),
                    Place.jp("Ebetsu", "Hokkaido", 43.1036, 141.5361, 2),
                    Place.jp("Chitose", "Hokkaido", 42.8210, 141.6509, 2),
                    Place.jp("Asahikawa", "Hokkaido", 43.7706, 142.3650, 2),
                    Place.jp("Hakodate", "Hokkaido", 41.7687, 140.7288, 2),
                    Place.jp("Obihiro", "Hokkaido", 42.9236, 143.1966, 2),
                    Place.jp("Kushiro", "Hokkaido", 42.9849, 144.3820),
                    Place.jp("Tomakomai", "Hokkaido", 42.6340, 141.6055),
                    Place.jp("Muroran", "Hokkaido", 42.3152, 140.9738),
                    Place.jp("Kitami", "Hokkaido", 43.8030, 143.8908),
                    Place.jp("Otaru", "Hokkaido", 43.1907, 140.9947)),
            List.of("Hokkai", "Ezo", "Ishikari", "Tokachi", "Sorachi", "Oshima", "Kitano", "Shiraoi", "Daisetsu",
                    "Yubari"),
            List.of(new FirmQuota(SOFTWARE, 170, 1, 10, SAPPORO_VALLEY),
                    new FirmQuota(BIOTECHNOLOGY, 70, 0, 14, List.of()),
                    new FirmQuota(FOOD_AGRI_BIO, 60, 2, 5, List.of())),
            Map.of(UNIVERSITY, 16, RESEARCH_INSTITUTE, 4, TLO, 1, FINANCIER, 12, COORDINATOR, 6,
                    GOVERNMENT, 5, SUPPORT_ORGANIZATION, 2, INCUBATOR, 3, TRADING_FIRM, 2, PROFESSIONAL, 3),
            List.of(new NamedBody(SUPPORT_ORGANIZATION, "Hokkaido IT Cluster Forum", Role.PROMOTION_BODY, 0),
                    new NamedBody(SUPPORT_ORGANIZATION, "Hokkaido Bio-Cluster Forum", Role.PROMOTION_BODY, 0),
                    new NamedBody(GOVERNMENT, "Hokkaido Bureau of Economy, Trade and Industry", Role.BUREAU, 0)),
            30, 0.6);

    static final ClusterPlan KINKI = new ClusterPlan(
            "KINKI-BIO", "kinki", "Kinki Bio Cluster, Bio Five-Star Company and Tissue Engineering (synthetic demo)",
            "Kinki", ClusterType.SCIENCE_BASED,
            LABEL + "Type B science-based bio cluster of the Kinki region (Osaka, Kobe, Kyoto, Nara, Shiga, "
                    + "Wakayama). Calibrated to 36 universities, about 220 SMEs, 130 joint R&D projects and "
                    + "15 bio-ventures (2001-2004); information exchange on regenerative medicine with "
                    + "Pittsburgh and Berlin.",
            LocalDate.of(2001, 4, 1),
            List.of(
                    Place.jp("Osaka", "Osaka", 34.6937, 135.5023, 5),
                    Place.jp("Kobe", "Hyogo", 34.6901, 135.1955, 4),
                    Place.jp("Kyoto", "Kyoto", 35.0116, 135.7681, 3),
                    Place.jp("Suita", "Osaka", 34.7595, 135.5168, 3),
                    Place.jp("Ibaraki", "Osaka", 34.8164, 135.5686),
                    Place.jp("Uji", "Kyoto", 34.8844, 135.7997),
                    Place.jp("Nara", "Nara", 34.6851, 135.8048),
                    Place.jp("Ikoma", "Nara", 34.6920, 135.6983),
                    Place.jp("Otsu", "Shiga", 35.0045, 135.8686),
                    Place.jp("Kusatsu", "Shiga", 35.0130, 135.9600),
                    Place.jp("Wakayama", "Wakayama", 34.2260, 135.1675),
                    Place.jp("Amagasaki", "Hyogo", 34.7333, 135.4062),
                    Place.jp("Nishinomiya", "Hyogo", 34.7376, 135.3416),
                    Place.jp("Himeji", "Hyogo", 34.8151, 134.6853)),
            List.of("Kansai", "Naniwa", "Settsu", "Yamato", "Omi", "Harima", "Kii", "Rokko", "Senri", "Katsura"),
            List.of(new FirmQuota(BIOTECHNOLOGY, 140, 7, 15, List.of()),
                    new FirmQuota(MEDICAL_DEVICES, 45, 3),
                    new FirmQuota(OPTICS_PHOTONICS, 20, 0),
                    new FirmQuota(SOFTWARE, 15, 0)),
            Map.of(UNIVERSITY, 36, RESEARCH_INSTITUTE, 5, TLO, 3, FINANCIER, 14, COORDINATOR, 6,
                    GOVERNMENT, 6, SUPPORT_ORGANIZATION, 3, INCUBATOR, 3, TRADING_FIRM, 2, PROFESSIONAL, 4),
            List.of(new NamedBody(SUPPORT_ORGANIZATION, "Kinki Bio-industry Development Organization", Role.PROMOTION_BODY, 0),
                    new NamedBody(GOVERNMENT, "Kansai Bureau of Economy, Trade and Industry", Role.BUREAU, 0),
                    new NamedBody(RESEARCH_INSTITUTE, "Kobe Biomedical Innovation Foundation", Role.CORE_INSTITUTE, 1)),
            30, 0.45);

    static final ClusterPlan HAMAMATSU = new ClusterPlan(
            "HAMAMATSU", "hama", "San-En-Nanshin Cluster, Hamamatsu (synthetic demo)", "Chubu",
            ClusterType.NICHE,
            LABEL + "Type C niche cluster around Hamamatsu (started 2002): optics and photonics, transport "
                    + "equipment and medical engineering, with four research groups. Sizes are illustrative.",
            LocalDate.of(2002, 4, 1),
            List.of(
                    Place.jp("Hamamatsu", "Shizuoka", 34.7108, 137.7261, 5),
                    Place.jp("Iwata", "Shizuoka", 34.7180, 137.8515, 2),
                    Place.jp("Kosai", "Shizuoka", 34.7187, 137.5316),
                    Place.jp("Kakegawa", "Shizuoka", 34.7690, 138.0146),
                    Place.jp("Toyohashi", "Aichi", 34.7692, 137.3915, 2),
                    Place.jp("Iida", "Nagano", 35.5147, 137.8217)),
            List.of("Enshu", "Tenryu", "Hamana", "Mikatahara", "Sanen"),
            List.of(new FirmQuota(OPTICS_PHOTONICS, 23, 2),
                    new FirmQuota(TRANSPORT_EQUIPMENT, 23, 2),
                    new FirmQuota(MEDICAL_DEVICES, 12, 0),
                    new FirmQuota(PRECISION_MACHINERY, 8, 0)),
            Map.of(UNIVERSITY, 5, RESEARCH_INSTITUTE, 2, TLO, 1, FINANCIER, 6, COORDINATOR, 3, GOVERNMENT, 3,
                    SUPPORT_ORGANIZATION, 1, INCUBATOR, 1, TRADING_FIRM, 1, PROFESSIONAL, 1),
            List.of(new NamedBody(SUPPORT_ORGANIZATION, "San-En-Nanshin Cluster Hamamatsu Branch", Role.PROMOTION_BODY, 0)),
            8, 0.7);

    static final ClusterPlan SHIKOKU = new ClusterPlan(
            "SHIKOKU", "shik", "Shikoku Techno-bridge (synthetic demo)", "Shikoku",
            ClusterType.MINI_CLUSTER_NETWORK,
            LABEL + "Type D network of mini clusters in the four prefectures of Shikoku: new materials, food, "
                    + "medical devices and electronics; ties mostly stay within a prefecture. Sizes are illustrative.",
            LocalDate.of(2001, 4, 1),
            List.of(
                    Place.jp("Takamatsu", "Kagawa", 34.3428, 134.0466, 3),
                    Place.jp("Tokushima", "Tokushima", 34.0703, 134.5548, 3),
                    Place.jp("Matsuyama", "Ehime", 33.8392, 132.7657, 3),
                    Place.jp("Kochi", "Kochi", 33.5597, 133.5311, 3),
                    Place.jp("Marugame", "Kagawa", 34.2897, 133.7975),
                    Place.jp("Anan", "Tokushima", 33.9217, 134.6595),
                    Place.jp("Niihama", "Ehime", 33.9604, 133.2834),
                    Place.jp("Imabari", "Ehime", 34.0662, 132.9978),
                    Place.jp("Nankoku", "Kochi", 33.5757, 133.6414)),
            List.of("Sanuki", "Awa", "Iyo", "Tosa", "Yoshino", "Seto", "Shimanto"),
            List.of(new FirmQuota(NEW_MATERIALS, 17, 1),
                    new FirmQuota(FOOD_AGRI_BIO, 16, 0),
                    new FirmQuota(MEDICAL_DEVICES, 12, 0),
                    new FirmQuota(ELECTRONICS, 13, 1)),
            Map.of(UNIVERSITY, 6, RESEARCH_INSTITUTE, 4, TLO, 1, FINANCIER, 6, COORDINATOR, 4, GOVERNMENT, 4,
                    SUPPORT_ORGANIZATION, 3, INCUBATOR, 2, TRADING_FIRM, 1, PROFESSIONAL, 1),
            List.of(new NamedBody(SUPPORT_ORGANIZATION, "Shikoku Techno-bridge Promotion Council", Role.PROMOTION_BODY, 0),
                    new NamedBody(GOVERNMENT, "Shikoku Bureau of Economy, Trade and Industry", Role.BUREAU, 0)),
            7, 0.85);

    /** The Japanese cluster projects, in output order. */
    static final List<ClusterPlan> JAPANESE = List.of(TAMA, HOKKAIDO, KINKI, HAMAMATSU, SHIKOKU);

    /** An actor written out by hand: the overseas partners and the national bodies. */
    record HandmadeActor(String code, ActorKind kind, String name, Industry industry, Place place,
                         String subtype, Role role) {

        static HandmadeActor of(String code, ActorKind kind, String name, Industry industry, Place place) {
            return new HandmadeActor(code, kind, name, industry, place, null, Role.NONE);
        }
    }

    /**
     * Hand-written actors sharing an id prefix, members of {@code cluster} (or of none when null),
     * working in the given fields (which give universities and institutes their keywords).
     */
    record Bloc(Cluster cluster, String prefix, LocalDate since, List<Industry> fields, List<HandmadeActor> actors) {
    }

    private static final Place PADOVA = new Place("Padova", "Veneto", "IT", 45.4064, 11.8768, 1);
    private static final Place VICENZA = new Place("Vicenza", "Veneto", "IT", 45.5455, 11.5354, 1);
    private static final Place TREVISO = new Place("Treviso", "Veneto", "IT", 45.6669, 12.2430, 1);
    private static final Place MESTRE = new Place("Venezia", "Veneto", "IT", 45.4908, 12.2422, 1);
    private static final Place BELLUNO = new Place("Belluno", "Veneto", "IT", 46.1425, 12.2167, 1);
    private static final Place PITTSBURGH = new Place("Pittsburgh", "Pennsylvania", "US", 40.4406, -79.9959, 1);
    private static final Place BERLIN_MITTE = new Place("Berlin", "Berlin", "DE", 52.5200, 13.4050, 1);
    private static final Place BERLIN_BUCH = new Place("Berlin", "Berlin", "DE", 52.6275, 13.5020, 1);
    private static final Place BERLIN_ADLERSHOF = new Place("Berlin", "Berlin", "DE", 52.4303, 13.5296, 1);
    private static final Place ANSAN = new Place("Ansan", "Gyeonggi", "KR", 37.3219, 126.8309, 1);
    private static final Place TOKYO = Place.jp("Chiyoda", "Tokyo", 35.6940, 139.7536, 1);
    private static final Place TSUKUBA = Place.jp("Tsukuba", "Ibaraki", 36.0835, 140.0764, 1);

    /** The Italian partner of TAMA's business exchange programme. */
    static final Bloc VENETO = new Bloc(
            new Cluster("VENETO", "Veneto manufacturing districts (synthetic demo)", "Veneto", "IT", null,
                    LABEL + "Italian partner of TAMA: the chamber of commerce and manufacturing firms of a "
                            + "business exchange programme between manufacturing companies."),
            "ven", LocalDate.of(2001, 1, 1), List.of(PRECISION_MACHINERY, ELECTRONICS),
            List.of(HandmadeActor.of("so", SUPPORT_ORGANIZATION, "Camera di Commercio del Veneto", null, MESTRE),
                    HandmadeActor.of("gov", GOVERNMENT, "Agenzia Regionale per l'Industria Veneta", null, MESTRE),
                    HandmadeActor.of("uni", UNIVERSITY, "Università degli Studi del Brenta", null, PADOVA),
                    HandmadeActor.of("co", COMPANY, "Officine Meccaniche Berica S.r.l.", PRECISION_MACHINERY, VICENZA),
                    HandmadeActor.of("co", COMPANY, "Precisione Trevigiana S.r.l.", PRECISION_MACHINERY, TREVISO),
                    HandmadeActor.of("co", COMPANY, "Meccanica Euganea S.p.A.", PRECISION_MACHINERY, PADOVA),
                    HandmadeActor.of("co", COMPANY, "Brenta Elettronica S.r.l.", ELECTRONICS, PADOVA),
                    HandmadeActor.of("co", COMPANY, "Laguna Automazione S.r.l.", ELECTRONICS, MESTRE),
                    HandmadeActor.of("co", COMPANY, "Occhialeria \"Dolomiti\" S.n.c.", OPTICS_PHOTONICS, BELLUNO),
                    HandmadeActor.of("tr", TRADING_FIRM, "Export Veneto, Società Cooperativa", null, TREVISO)));

    /** Kinki's partner on regenerative medicine in the United States. */
    static final Bloc PITTSBURGH_BLOC = new Bloc(
            new Cluster("PITTSBURGH", "Pittsburgh regenerative medicine cluster (synthetic demo)", "Pennsylvania",
                    "US", null, LABEL + "US partner of Kinki Bio in an information exchange on regenerative medicine."),
            "pit", LocalDate.of(2001, 1, 1), List.of(BIOTECHNOLOGY, MEDICAL_DEVICES),
            List.of(HandmadeActor.of("so", SUPPORT_ORGANIZATION, "Pittsburgh Life Sciences Partnership", null, PITTSBURGH),
                    HandmadeActor.of("uni", UNIVERSITY, "Three Rivers University", null, PITTSBURGH),
                    HandmadeActor.of("ri", RESEARCH_INSTITUTE, "Allegheny Institute for Regenerative Medicine", null, PITTSBURGH),
                    HandmadeActor.of("co", COMPANY, "Monongahela Tissue Technologies, Inc.", BIOTECHNOLOGY, PITTSBURGH),
                    HandmadeActor.of("co", COMPANY, "Steel City Cell Therapeutics LLC", BIOTECHNOLOGY, PITTSBURGH),
                    HandmadeActor.of("co", COMPANY, "Ohio Valley Biomaterials Corp.", MEDICAL_DEVICES, PITTSBURGH),
                    new HandmadeActor("fin", FINANCIER, "Keystone Life Science Ventures", null, PITTSBURGH, "vc", Role.NONE)));

    /** Kinki's partner on regenerative medicine in Germany. */
    static final Bloc BERLIN_BLOC = new Bloc(
            new Cluster("BERLIN", "Berlin biotech cluster (synthetic demo)", "Berlin", "DE", null,
                    LABEL + "German partner of Kinki Bio in an information exchange on regenerative medicine."),
            "ber", LocalDate.of(2001, 1, 1), List.of(BIOTECHNOLOGY, MEDICAL_DEVICES),
            List.of(HandmadeActor.of("so", SUPPORT_ORGANIZATION, "BioRegion Spree Netzwerk e.V.", null, BERLIN_MITTE),
                    HandmadeActor.of("uni", UNIVERSITY, "Spree-Universitätsmedizin", null, BERLIN_MITTE),
                    HandmadeActor.of("ri", RESEARCH_INSTITUTE, "Institut für Zellbiologie Buch", null, BERLIN_BUCH),
                    HandmadeActor.of("co", COMPANY, "Adlershof Biosystems GmbH", BIOTECHNOLOGY, BERLIN_ADLERSHOF),
                    HandmadeActor.of("co", COMPANY, "Havel Regenerative Therapeutics GmbH", BIOTECHNOLOGY, BERLIN_BUCH),
                    HandmadeActor.of("co", COMPANY, "Müggelsee Diagnostics GmbH", MEDICAL_DEVICES, BERLIN_ADLERSHOF)));

    /** TAMA's Korean partners (a partnership office at a university, a joint ordering organisation); no cluster. */
    static final Bloc KOREA = new Bloc(null, "kr", LocalDate.of(2001, 1, 1), List.of(PRECISION_MACHINERY, ELECTRONICS),
            List.of(HandmadeActor.of("uni", UNIVERSITY, "Ansan Hanbit University", null, ANSAN),
                    HandmadeActor.of("so", SUPPORT_ORGANIZATION, "Korea Industrial Estate Corporation", null, ANSAN),
                    HandmadeActor.of("co", COMPANY, "Banwol Precision Co., Ltd.", PRECISION_MACHINERY, ANSAN),
                    HandmadeActor.of("co", COMPANY, "Sihwa Mechatronics Co., Ltd.", ELECTRONICS, ANSAN)));

    /** Nation-wide bodies that work with every cluster but belong to none: the cross-cluster brokers. */
    static final Bloc NATIONAL = new Bloc(null, "nat", LocalDate.of(2001, 1, 1), List.of(Industry.values()),
            List.of(new HandmadeActor("gov", GOVERNMENT, "Industrial Cluster Projects Promotion Office", null, TOKYO,
                            null, Role.BUREAU),
                    HandmadeActor.of("ri", RESEARCH_INSTITUTE, "National Institute for Industrial Technology Research", null, TSUKUBA),
                    new HandmadeActor("so", SUPPORT_ORGANIZATION, "Japan Trade and Cluster Exchange Agency", null, TOKYO,
                            null, Role.PROMOTION_BODY),
                    new HandmadeActor("fin", FINANCIER, "Regional SME Finance Corporation", null, TOKYO, "public", Role.NONE)));

    /** Every hand-written bloc, in output order. */
    static final List<Bloc> BLOCS = List.of(VENETO, PITTSBURGH_BLOC, BERLIN_BLOC, KOREA, NATIONAL);
}
