export const GLOSSARY = [
    {
        term: 'biodiversity',
        definition: 'The term we use to describe all the different kinds of life on Earth—the variety of animals, plants, fungi, and even microorganisms like bacteria that make up our natural world. These species work together in ecosystems, like an intricate web, to maintain balance and support life.',
        source: 'Biodiversity365'
    },
    {
        term: 'ecosystem',
        definition: 'A geographic area where plants, animals, and other organisms, as well as weather and landscape, work together to form a bubble of life. Ecosystems contain biotic, or living parts as well as abiotic, or nonliving parts. Biotic factors include plants, animals, and other organisms. Abiotic factors include rocks, temperature, and humidity.',
        source: 'National Geographic'
    },
    {
        term: 'ecosystems',
        definition: 'A geographic area where plants, animals, and other organisms, as well as weather and landscape, work together to form a bubble of life. Ecosystems contain biotic, or living parts as well as abiotic, or nonliving parts. Biotic factors include plants, animals, and other organisms. Abiotic factors include rocks, temperature, and humidity.',
        source: 'National Geographic'
    },
    {
        term: 'endemism',
        definition: 'The ecological state of being unique to a particular geographic location, such as a specific island, habitat type, nation or other defined zone.',
        source: 'International Finance Corporation (IFC)'
    },
    {
        term: 'endemic',
        definition: 'The ecological state of being unique to a particular geographic location, such as a specific island, habitat type, nation or other defined zone.',
        source: 'International Finance Corporation (IFC)'
    },
    {
        term: 'endemics',
        definition: 'The ecological state of being unique to a particular geographic location, such as a specific island, habitat type, nation or other defined zone.',
        source: 'International Finance Corporation (IFC)'
    },
    {
        term: 'IUCN',
        definition: 'A membership Union uniquely composed of both government and civil society organisations. IUCN is the global authority on the status of the natural world and the measures needed to safeguard it.',
        source: 'International Union for Conservation of Nature'
    },
    {
        term: 'megadiverse',
        definition: '(of countries) 17 countries identified as the most biodiversity-rich countries of the world, with a particular focus on endemic biodiversity: United States of America, Mexico, Colombia, Ecuador, Peru, Venezuela, Brazil, Democratic Republic of Congo, South Africa, Madagascar, India, Malaysia, Indonesia, Philippines, Papua New Guinea, China, and Australia.',
        source: 'Biodiversity A-Z'
    },
    {
        term: 'monoculture',
        definition: '(in agriculture) The cultivation of a single crop in a given area.',
        source: 'Oxford Languages'
    },
    {
        term: 'ecology',
        definition: 'The study of the relationships between living organisms, including humans, and their physical environment; it seeks to understand the vital connections between plants and animals and the world around them.',
        source: 'The Ecological Society of America'
    },
    {
        term: 'ecological',
        definition: 'The study of the relationships between living organisms, including humans, and their physical environment; it seeks to understand the vital connections between plants and animals and the world around them.',
        source: 'The Ecological Society of America'
    },
    {
        term: 'habitat',
        definition: 'The natural home or environment of an animal, plant, or other organism.',
        source: 'Oxford Languages'
    },
    {
        term: 'habitats',
        definition: 'The natural home or environment of an animal, plant, or other organism.',
        source: 'Oxford Languages'
    },
    {
        term: 'conservation',
        definition: "The management of a natural resource to prevent exploitation, destruction, or neglect.",
        source: 'National Geographic'
    },
    {
        term: 'corridor',
        definition: 'Known as habitat, wildlife, or ecological corridors, these natural areas are designed to keep local, migratory animal species from the encroaching human population in regions where human-wildlife interactions are unavoidable.',
        source: 'Planet Custodian'
    },
    {
        term: 'corridors',
        definition: 'Known as habitat, wildlife, or ecological corridors, these natural areas are designed to keep local, migratory animal species from the encroaching human population in regions where human-wildlife interactions are unavoidable.',
        source: 'Planet Custodian'
    },
    {
        term: 'fragmentation',
        definition: 'The breaking apart of continuous habitat into distinct pieces (e.g., a road bisecting a forest).',
        source: 'Biodiversity A-Z'
    },
    {
        term: 'CBD',
        definition: 'The Convention on Biological Diversity: The international legal instrument for "the conservation of biological diversity, the sustainable use of its components and the fair and equitable sharing of the benefits arising out of the utilization of genetic resources" that has been ratified by 196 nations.',
        source: 'United Nations'
    },
    {
        term: 'CITES',
        definition: 'The Convention on International Trade in Endangered Species: An international agreement between governments. Implemented in 1975, its aim is to ensure that international trade in specimens of wild animals and plants does not threaten the survival of the species.',
        source: 'CITES'
    },
    {
        term: 'invasive',
        definition: "(of species) Non-native plants, animals and other living organisms that thrive in areas where they don't naturally live and cause (or are likely to cause) economic or environmental harm, or harm to human, animal or plant health.",
        source: 'U.S. Fish & Wildlife Service'
    },
    {
        term: 'chromista',
        definition: 'A biological kingdom comprised of unicellular or multicellular eukaryotic species such as algae, diatoms, oomycetes, and protozoans.',
        source: 'ScienceDirect'
    },
    {
        term: 'pollution',
        definition: 'The introduction of harmful materials into the environment.',
        source: 'National Geographic'
    },
    {
        term: 'pollutants',
        definition: 'Harmful materials introduced into the environment, most often by human activities.',
        source: 'National Geographic'
    },
    {
        term: 'eutrophication',
        definition: 'An overabundance of nutrients, primarily nitrogen and phosphorus, in an aquatic ecosystem.',
        source: 'NOAA'
    },
    {
        term: 'HIPPO',
        definition: 'In 2005, E.O. Wilson coined the acronym HIPPO to summarize threats to biodiversity. Habitat Loss, Invasive Species, Pollution, (Human) Population, and Overharvesting.',
        source: 'National Park Service'
    },
    {
        term: 'urbanization',
        definition: 'The process by which large numbers of people become permanently concentrated in areas, forming cities.',
        source: 'Encyclopedia Britannica'
    },
    {
        term: 'deforestation',
        definition: 'The removal or thinning of forests for lumber, or to use the land where the trees stood for crops, grazing, extraction (mining, oil, or gas), or development.',
        source: 'National Geographic'
    },
    {
        term: 'service',
        definition: '(of ecosystems) Any positive benefit that wildlife or ecosystems provide to people, such as clean air and water, pollination, or fertile soil for crop production.',
        source: 'U.S. Environmental Protetion Agency'
    },
    {
        term: 'services',
        definition: '(of ecosystems) Any positive benefit that wildlife or ecosystems provide to people, such as clean air and water, pollination, or fertile soil for crop production.',
        source: 'U.S. Environmental Protetion Agency'
    },
    {
        term: 'hotspot',
        definition: '(of biodiversity) Regions characterized both by exceptional levels of species endemism and serious levels of habitat loss.',
        source: 'National Geographic'
    },
    {
        term: 'hotspots',
        definition: 'Regions characterized both by exceptional levels of species endemism and serious levels of habitat loss.',
        source: 'National Geographic'
    },
    {
        term: 'extinction',
        definition: 'The process of complete disappearance of a species from Earth.',
        source: 'National Geographic'
    },
    {
        term: 'runoff',
        definition: 'The part of the water cycle that flows over land as surface water instead of being absorbed into groundwater or evaporating.',
        source: 'U.S. Geological Survey'
    },
    {
        term: 'groundwater',
        definition: 'Water that exists underground in saturated zones beneath the land surface.  The upper surface of the saturated zone is called the water table.',
        source: 'U.S. Geological Survey'
    },
    {
        term: 'water table',
        definition: 'Also called groundwater table - the upper level of an underground surface in which the soil or rocks are permanently saturated with water.',
        source: 'Encyclopedia Britannica'
    },
    {
        term: 'infiltration',
        definition: 'The flow of water from above ground into the subsurface.',
        source: 'Encyclopedia of Soils in the Environment'
    },
    {
        term: 'sequester',
        definition: 'Most often carbon sequestration, which is the process of capturing and storing atmospheric carbon dioxide.',
        source: 'U.S. Geological Survey'
    },
    {
        term: 'sequestration',
        definition: 'Most often carbon sequestration - the process of capturing and storing atmospheric carbon dioxide.',
        source: 'U.S. Geological Survey'
    },
    {
        term: 'erosion',
        definition: 'The geological process by which earthen materials are worn away and transported by natural forces such as wind or water.',
        source: 'National Geographic'
    },
    {
        term: 'sediment',
        definition: 'Solid materials moved and deposited in a new location. Sediment can consist of rocks and minerals as well as the remains of plants and animals.',
        source: 'National Geographic'
    },
    {
        term: 'turbidity',
        definition: 'The quality of being cloudy, opaque, or thick with suspended matter.',
        source: 'U.S. Geological Survey'
    },
    {
        term: 'autotroph',
        definition: 'An organism that serves as a primary producer in a food chain. Autotrophs obtain energy and nutrients through photosynthesis (photoautotrophs) or, more rarely, obtain chemical energy through oxidation (chemoautotrophs) to make organic substances from inorganic ones.',
        source: 'Encyclopedia Britannica'
    },
    {
        term: 'autotrophs',
        definition: 'An organism that serves as a primary producer in a food chain. Autotrophs obtain energy and nutrients through photosynthesis (photoautotrophs) or, more rarely, obtain chemical energy through oxidation (chemoautotrophs) to make organic substances from inorganic ones.',
        source: 'Encyclopedia Britannica'
    },
    {
        term: 'heterotroph',
        definition: 'An organism that serves as a secondary producer in a food chain. Heterotrophs consumes other organisms to gain nutrients and produce energy.',
        source: 'Encyclopedia Britannica'
    },
    {
        term: 'heterotrophs',
        definition: 'An organism that serves as a secondary producer in a food chain. Heterotrophs consumes other organisms to gain nutrients and produce energy.',
        source: 'Encyclopedia Britannica'
    },
    {
        term: 'evapotranspiration',
        definition: 'The process by which water is transferred from the land to the atmosphere by evaporation from the soil and other surfaces and by transpiration from plants.',
        source: 'Oxford Languages'
    },
    {
        term: 'subsidence',
        definition: 'The sinking of the ground because of underground material movement, most often caused by the removal of water, oil, natural gas, or mineral resources out of the ground.',
        source: 'National Ocean Service'
    },
    {
        term: 'aquifer',
        definition: 'A body of porous rock or sediment saturated with groundwater. Groundwater enters an aquifer as precipitation seeps down through the soil.',
        source: 'National Geographic'
    },
    {
        term: 'microclimate',
        definition: "Any climatic condition in a relatively small area near the Earth's surface, such as a garden, park, or cave, especially one that differs from the conditions of the wider area.",
        source: 'Encyclopedia Britannica'
    },
    {
        term: 'suburbanization',
        definition: 'A term used to describe the growth of areas on the fringes of major cities.',
        source: 'ScienceDirect'
    },
    {
        term: 'photosynthesis',
        definition: 'The process by which plants use sunlight, water, and carbon dioxide to create oxygen and energy in the form of sugar.',
        source: 'National Geographic'
    },
    {
        term: 'porous',
        definition: '(of rock or other material) Having minute spaces or holes through which liquid or air may pass.',
        source: 'Oxford Languages'
    },
    {
        term: 'oxidation',
        definition: 'A biological process that involves the loss of electrons as opposed to the reduction process where there is a gain of electrons. Oxidation and reduction, however, are coupled together as a redox reaction, an energy-producing reaction within a cell. ',
        source: 'BiologyOnline'
    },
    {
        term: 'organic',
        definition: 'Relating to or derived from living matter.',
        source: 'Oxford Languages'
    },
    {
        term: 'inorganic',
        definition: 'Relating to or derived from non-living matter.',
        source: 'Oxford Languages'
    },
    {
        term: 'eukaryote',
        definition: 'Any cell or organism that possesses a clearly defined nucleus.',
        source: 'Encyclopedia Britannica'
    },
    {
        term: 'eukaryotic',
        definition: 'Any cell or organism that possesses a clearly defined nucleus.',
        source: 'Encyclopedia Britannica'
    },
    {
        term: 'migratory',
        definition: '(of a species) The regular, usually seasonal, movement of all or part of an population to and from a given area.',
        source: 'Encyclopedia Britannica'
    },
    {
        term: 'transpiration',
        definition: 'The process of water movemet through a plant and evaporation from aerial parts, such as leaves, stems, and flowers',
        source: 'Encyclopedia Britannica'
    },
    {
        term: 'guttation',
        definition: 'The secretion of droplets of water from the pores of plants.',
        source: 'Oxford Languages'
    },
    {
        term: 'biology',
        definition: 'The study of living organisms, divided into many specialized fields that cover their morphology, physiology, anatomy, behavior, origin, and distribution.',
        source: 'Oxford Languages'
    },
    {
        term: 'wetland',
        definition: 'An area where water covers the soil, or is present either at or near the surface of the soil all year or for varying periods of time during the year, including during the growing season.',
        source: 'U.S. Environmental Protection Agency'
    },
    {
        term: 'wetlands',
        definition: 'Areas where water covers the soil, or is present either at or near the surface of the soil all year or for varying periods of time during the year, including during the growing season.',
        source: 'U.S. Environmental Protection Agency'
    },
    {
        term: 'rainscaping',
        definition: 'Any combination of plantings, water features, catch basins, permeable pavement and other activities that manage stormwater as close as possible to where it falls, rather than moving it someplace else.',
        source: 'Missouri Botanical Garden'
    },
    {
        term: 'diversity',
        definition: '(of species) difference or variety of units of inheritance (genes) in a species.',
        source: 'National Geographic'
    },
    {
        term: 'organism',
        definition: 'A living or once-living thing.',
        source: 'National Geographic'
    },
    {
        term: 'species',
        definition: 'A group of similar organisms that can reproduce with each other.',
        source: 'National Geographic'
    },
    {
        term: 'evolution',
        definition: 'The change in the heritable traits of a population over time.',
        source: 'National Geographic'
    },
    {
        term: 'vertebrate',
        definition: 'An animal distinguished by possession of a backbone or spinal column.',
        source: 'Oxford Languages'
    }
];

export const GLOSSARY_DICT = GLOSSARY.reduce((dict, item) => {
    dict[item.term] = item;
    return dict;
}, {});

export const formatGlossary = () => {
    const similarTermsRemoved = GLOSSARY.filter((item, index, self) =>
        index === self.findIndex((t) => (
            t.term.slice(0, 6) === item.term.slice(0, 6)
        )
    ));

    const sortedItems = similarTermsRemoved.sort((a, b) => a.term.localeCompare(b.term));

    return sortedItems;
};