// What demo orders are made of: products, parts and materials a Cutr order really contains.
import type { Capability, Region } from "../../../../shared/domain";

/** The capabilities and regions the demo's partners and orders use: those migration 0013 seeds. */
export const demoCapabilities: Capability[] = [
  "cnc_cutting",
  "edge_banding",
  "spray_lacquering",
  "upholstery",
  "metalwork",
  "assembly",
  "installation",
  "plywood",
  "mdf",
  "solid_oak",
  "hpl",
  "steel",
];

export const demoRegions: Region[] = [
  "NL-NH",
  "NL-ZH",
  "NL-UT",
  "NL-NB",
  "NL-GE",
  "NL-OV",
  "NL-GR",
  "NL-FR",
  "NL-DR",
  "NL-FL",
  "NL-ZE",
  "NL-LI",
  "BE-VAN",
  "BE-BRU",
  "DE-NW",
];

export interface ProductTemplate {
  title: string;
  parts: string[];
  materials: string[];
  capabilities: Capability[];
  installation?: boolean;
}

export const products: ProductTemplate[] = [
  {
    title: "Oak wardrobe, three doors",
    parts: ["Side panel", "Door", "Shelf", "Top", "Plinth"],
    materials: ["Solid oak 22 mm", "Oak veneer MDF 19 mm"],
    capabilities: ["solid_oak", "cnc_cutting", "assembly"],
  },
  {
    title: "Plywood kitchen fronts",
    parts: ["Door front", "Drawer front", "Panel", "Filler strip"],
    materials: ["Birch plywood 18 mm", "Birch plywood 12 mm"],
    capabilities: ["plywood", "cnc_cutting", "edge_banding"],
  },
  {
    title: "Lacquered MDF bookcase",
    parts: ["Side panel", "Shelf", "Back panel", "Top"],
    materials: ["MDF 19 mm, RAL 9010 lacquer", "MDF 8 mm"],
    capabilities: ["mdf", "spray_lacquering", "cnc_cutting"],
  },
  {
    title: "HPL reception desk",
    parts: ["Desk top", "Front panel", "Side panel", "Cable tray"],
    materials: ["HPL on plywood 25 mm", "Steel 3 mm"],
    capabilities: ["hpl", "cnc_cutting", "assembly", "installation"],
    installation: true,
  },
  {
    title: "Steel and oak shelving wall",
    parts: ["Steel upright", "Oak shelf", "Wall bracket"],
    materials: ["Powder-coated steel", "Solid oak 30 mm"],
    capabilities: ["steel", "metalwork", "solid_oak", "installation"],
    installation: true,
  },
  {
    title: "Upholstered bench with storage",
    parts: ["Seat cushion", "Carcass", "Lid", "Back rest"],
    materials: ["Wool fabric", "Birch plywood 18 mm"],
    capabilities: ["upholstery", "plywood", "assembly"],
  },
  {
    title: "Office fit-out, meeting room",
    parts: ["Table top", "Wall panel", "Acoustic panel", "Cabinet"],
    materials: ["Oak veneer MDF 19 mm", "HPL 12 mm"],
    capabilities: ["mdf", "hpl", "cnc_cutting", "installation"],
    installation: true,
  },
  {
    title: "Cut-to-size plywood sheets",
    parts: ["Sheet", "Strip"],
    materials: ["Birch plywood 15 mm", "Poplar plywood 9 mm"],
    capabilities: ["plywood", "cnc_cutting"],
  },
  {
    title: "Walk-in closet",
    parts: ["Side panel", "Shelf", "Drawer box", "Hanging rail", "Door"],
    materials: ["MDF 19 mm, lacquered", "Steel tube"],
    capabilities: ["mdf", "spray_lacquering", "metalwork", "installation"],
    installation: true,
  },
  {
    title: "Retail display units",
    parts: ["Display top", "Plinth", "Shelf", "Back panel"],
    materials: ["HPL on MDF 19 mm", "Steel 2 mm"],
    capabilities: ["hpl", "mdf", "steel", "assembly"],
  },
  {
    title: "TV cabinet with sliding doors",
    parts: ["Carcass", "Sliding door", "Shelf", "Plinth"],
    materials: ["Oak veneer plywood 18 mm"],
    capabilities: ["plywood", "edge_banding", "assembly"],
  },
  {
    title: "Edge-banded MDF panels",
    parts: ["Panel", "Shelf"],
    materials: ["MDF 18 mm, white melamine"],
    capabilities: ["mdf", "edge_banding", "cnc_cutting"],
  },
];

/** Workshop names and company forms by the locale of the partner's address. */
export const partnerTrades: Record<
  string,
  { names: string[]; forms: string[] }
> & { NL: { names: string[]; forms: string[] } } = {
  NL: {
    names: [
      "Houtbewerking",
      "Meubelmakerij",
      "Interieurbouw",
      "Timmerfabriek",
      "Plaatbewerking",
    ],
    forms: ["B.V.", "V.O.F.", "& Zn.", ""],
  },
  BE: {
    names: ["Schrijnwerkerij", "Meubelmakerij", "Interieurbouw"],
    forms: ["BV", "NV", ""],
  },
  DE: {
    names: ["Schreinerei", "Tischlerei", "Möbelwerkstatt"],
    forms: ["GmbH", "KG", ""],
  },
  PL: {
    names: ["Stolarnia", "Zakład Stolarski", "Meble"],
    forms: ["Sp. z o.o.", "s.c.", ""],
  },
  DK: {
    names: ["Snedkeri", "Møbelsnedker", "Tømrer"],
    forms: ["ApS", "A/S", ""],
  },
};
export const customerKinds = [
  "Architecten",
  "Interieur",
  "Hotels",
  "Studio",
  "Retail",
  "Kantoorinrichting",
];

export const messageSnippets = {
  partner: [
    "We have started production. Material arrives on Thursday.",
    "Could you confirm the colour of the lacquer? The drawing says RAL 9010, the order RAL 9016.",
    "Photos of the finished parts are uploaded in the Files tab.",
    "The delivery van is booked; we will call the customer an hour before.",
    "One panel came out with a scratch, we are remaking it. No effect on the delivery date.",
  ],
  customer: [
    "Is it possible to deliver in the morning? The building closes at 16:00.",
    "Thank you, the samples look great.",
    "Please use the side entrance, the main door is being renovated.",
  ],
  staff: [
    "Thanks for the update. I have passed it on to the customer.",
    "Confirmed: RAL 9016 is correct, the drawing will be updated.",
    "Please send the packed-product photos before you ship.",
    "The kick-off is confirmed for Tuesday at 10:00.",
  ],
};
