package io.kaonet.demo;

import java.util.List;

/**
 * The industries of the synthetic firms, each with a keyword vocabulary. The {@code offers} of one
 * industry are the {@code seeks} of others (machining shops seek sensor design, which electronics
 * firms offer; bio firms seek image processing, which software firms offer), so that matchmaking has
 * complementary partners to find. Words for firm names are listed too.
 */
enum Industry {
    PRECISION_MACHINERY("precision machinery",
            List.of("micro machining", "ultra-precision grinding", "5-axis machining", "laser processing",
                    "metal stamping", "die casting", "surface treatment", "jig design"),
            List.of("precision parts", "prototyping", "contract machining", "mold making", "jig design"),
            List.of("sensor design", "control software", "new materials", "overseas sales channels",
                    "image processing", "laser measurement"),
            List.of("Seiki", "Precision", "Machinery", "Tool", "Kogyo", "Seisakusho")),
    ELECTRONICS("electronics",
            List.of("MEMS", "printed circuit boards", "power electronics", "RF circuits", "embedded systems",
                    "LSI design", "optical sensors", "EMC testing"),
            List.of("sensor design", "circuit design", "embedded systems", "PCB assembly", "EMC testing"),
            List.of("precision parts", "prototyping", "control software", "data analysis", "clinical evaluation",
                    "new materials"),
            List.of("Electronics", "Denshi", "Devices", "Circuits", "Denki")),
    SOFTWARE("software",
            List.of("embedded software", "image processing", "machine learning", "database systems",
                    "network security", "VoIP", "digital certification", "web systems"),
            List.of("control software", "image processing", "data analysis", "web systems", "security audits"),
            List.of("sensor design", "prototyping", "bio data", "venture funding", "overseas sales channels"),
            List.of("Soft", "Systems", "Software", "Digital", "Net", "Data")),
    BIOTECHNOLOGY("biotechnology",
            List.of("regenerative medicine", "stem cells", "tissue engineering", "protein analysis", "genomics",
                    "cell culture", "bio-assays", "drug screening"),
            List.of("bio data", "cell culture services", "assay development", "drug screening"),
            List.of("image processing", "analytical instruments", "clinical evaluation", "venture funding",
                    "licensing", "data analysis"),
            List.of("Bio", "BioScience", "Cell", "Gene", "Life Science", "Pharma Research")),
    MEDICAL_DEVICES("medical devices",
            List.of("catheters", "biomaterials", "medical imaging", "surgical instruments", "diagnostic devices",
                    "biocompatible coating"),
            List.of("medical device design", "clinical evaluation", "sterile manufacturing"),
            List.of("precision parts", "sensor design", "image processing", "new materials", "cell culture services"),
            List.of("Medical", "Medic", "Surgical", "Medical Devices")),
    FOOD_AGRI_BIO("food & agri-bio",
            List.of("functional food", "fermentation", "marine biomass", "plant extraction", "food safety testing",
                    "dairy processing"),
            List.of("functional ingredients", "fermentation services", "food safety testing"),
            List.of("assay development", "precision parts", "overseas sales channels", "venture funding",
                    "data analysis"),
            List.of("Foods", "Agri-Bio", "Shokuhin", "Marine Bio", "Ferment")),
    OPTICS_PHOTONICS("optics & photonics",
            List.of("laser measurement", "imaging sensors", "optical design", "photodetectors", "spectroscopy",
                    "fibre optics"),
            List.of("optical design", "imaging sensors", "laser measurement", "analytical instruments"),
            List.of("precision parts", "image processing", "clinical evaluation", "control software",
                    "venture funding"),
            List.of("Optics", "Photonics", "Kogaku", "Laser", "Imaging")),
    TRANSPORT_EQUIPMENT("transport equipment",
            List.of("engine components", "motorcycle parts", "gear manufacturing", "aerospace composites",
                    "vehicle electronics", "casting"),
            List.of("gear manufacturing", "aerospace composites", "casting", "precision parts"),
            List.of("sensor design", "control software", "new materials", "laser measurement"),
            List.of("Motor Parts", "Gear", "Aero", "Kinzoku", "Drive")),
    NEW_MATERIALS("new materials",
            List.of("carbon fibre", "functional ceramics", "rare-metal recycling", "thin films", "nano particles",
                    "polymer processing"),
            List.of("new materials", "functional coatings", "material analysis"),
            List.of("prototyping", "analytical instruments", "licensing", "overseas sales channels"),
            List.of("Materials", "Ceramics", "Carbon", "Kasei", "Coatings"));

    private final String label;
    private final List<String> technologies;
    private final List<String> offers;
    private final List<String> seeks;
    private final List<String> nameWords;

    Industry(String label, List<String> technologies, List<String> offers, List<String> seeks,
             List<String> nameWords) {
        this.label = label;
        this.technologies = technologies;
        this.offers = offers;
        this.seeks = seeks;
        this.nameWords = nameWords;
    }

    /** The value written to {@code actors.industry}. */
    String label() {
        return label;
    }

    List<String> technologies() {
        return technologies;
    }

    List<String> offers() {
        return offers;
    }

    List<String> seeks() {
        return seeks;
    }

    List<String> nameWords() {
        return nameWords;
    }
}
