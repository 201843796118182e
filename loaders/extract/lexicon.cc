#include "loaders/extract/lexicon.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

namespace awardgraph::loaders {
namespace {

using WordSet = std::unordered_set<std::string_view>;

const WordSet& Honorifics() {
  static const WordSet kWords = {"Dr", "Doctor", "Prof", "Professor", "Mr", "Mrs", "Ms", "Miss",
                                 "Mx", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Cllr",
                                 "Councillor", "Rev", "Revd", "Reverend",
                                 // Armed forces ranks ("Sergeant Pride Gaka-Chisoro").
                                 "Sergeant", "Sgt", "Corporal", "Cpl", "Lieutenant", "Lt",
                                 "Colonel", "Col", "Brigadier", "Captain", "Capt"};
  return kWords;
}

const WordSet& PostNominals() {
  static const WordSet kWords = {
      "MBE",   "OBE",      "CBE",    "KBE",   "DBE",    "BEM",  "FRCP",    "FRCS",    "FRCGP",
      "FRCN",  "FRCPsych", "FRCPCH", "FRCOG", "FRCA",   "FRCR", "FRCPath", "FMedSci", "FRSA",
      "PhD",   "MD",       "RN",     "RGN",   "RMN",    "BM",   "MB",      "ChB",     "BS",
      "MRCGP", "MRCP",     "DL",     "JP",    "QC",     "KC",   "MSc",     "MA",      "BSc",
      "MBA",   "FFPH",     "QN",     "RM",    "FCPara", "DPhil"};
  return kWords;
}

const WordSet& TitleHeads() {
  static const WordSet kWords = {"officer",
                                 "executive",
                                 "director",
                                 "chair",
                                 "chairman",
                                 "chairwoman",
                                 "chairperson",
                                 "editor",
                                 "lead",
                                 "manager",
                                 "nurse",
                                 "matron",
                                 "consultant",
                                 "head",
                                 "president",
                                 "secretary",
                                 "founder",
                                 "co-founder",
                                 "pharmacist",
                                 "paramedic",
                                 "midwife",
                                 "practitioner",
                                 "surgeon",
                                 "physician",
                                 "therapist",
                                 "coordinator",
                                 "co-ordinator",
                                 "advisor",
                                 "adviser",
                                 "sister",
                                 "registrar",
                                 "gp",
                                 "dean",
                                 "minister",
                                 "mayor",
                                 "leader",
                                 "principal",
                                 "governor",
                                 "chancellor",
                                 "controller",
                                 "partner",
                                 "administrator",
                                 "analyst",
                                 "commissioner",
                                 "psychologist",
                                 "psychiatrist",
                                 "dietitian",
                                 "physiotherapist",
                                 "scientist",
                                 "specialist",
                                 "champion",
                                 "ambassador",
                                 "guardian",
                                 "officer",
                                 "trustee",
                                 "clinician",
                                 "doctor",
                                 "technician",
                                 "worker",
                                 "assistant",
                                 "associate",
                                 "fellow",
                                 "professor",
                                 "anaesthetist",
                                 "radiographer",
                                 "optometrist",
                                 "dentist",
                                 "engineer",
                                 "architect",
                                 "designer",
                                 "developer",
                                 "officer",
                                 "ceo",
                                 "coo",
                                 "cfo",
                                 "cmo",
                                 "cno",
                                 "cio",
                                 "cdo",
                                 "cto",
                                 "intensivist",
                                 "obstetrician",
                                 "gynaecologist",
                                 "dietitians",
                                 "nurses",
                                 "midwives",
                                 "physiotherapists"};
  return kWords;
}

const WordSet& TitleWords() {
  static const WordSet kWords = {"chief",         "executive",
                                 "deputy",        "assistant",
                                 "associate",     "interim",
                                 "acting",        "joint",
                                 "senior",        "lead",
                                 "clinical",      "medical",
                                 "nursing",       "operating",
                                 "operations",    "finance",
                                 "financial",     "digital",
                                 "information",   "technology",
                                 "people",        "strategy",
                                 "strategic",     "transformation",
                                 "programme",     "project",
                                 "service",       "services",
                                 "quality",       "safety",
                                 "patient",       "experience",
                                 "research",      "innovation",
                                 "partnerships",  "partnership",
                                 "non-executive", "managing",
                                 "general",       "regional",
                                 "national",      "divisional",
                                 "consultant",    "specialist",
                                 "advanced",      "nurse",
                                 "practitioner",  "ward",
                                 "head",          "director",
                                 "manager",       "officer",
                                 "vice",          "co",
                                 "senior",        "principal",
                                 "team",          "unit",
                                 "community",     "mental",
                                 "health",        "care",
                                 "primary",       "public",
                                 "pharmacy",      "pharmaceutical",
                                 "workforce",     "improvement",
                                 "development",   "education",
                                 "training",      "communications",
                                 "engagement",    "corporate",
                                 "commercial",    "estates",
                                 "performance",   "planning",
                                 "integration",   "integrated",
                                 "system",        "population",
                                 "emergency",     "urgent",
                                 "surgical",      "children's",
                                 "maternity",     "midwifery",
                                 "allied",        "professional",
                                 "professionals", "editor",
                                 "founding",      "data",
                                 "analytics",     "inclusion",
                                 "diversity",     "equality",
                                 "wellbeing",     "governance",
                                 "infection",     "prevention",
                                 "control",       "cancer",
                                 "chair",         "group",
                                 "site",          "hospital",
                                 "named",         "executive's",
                                 "ambulance",     "paramedic",
                                 "frailty",       "respiratory",
                                 "cardiology",    "stroke",
                                 "diabetes",      "dementia",
                                 "palliative",    "end",
                                 "life",          "of",
                                 "for",           "and",
                                 "the",           "locum",
                                 "paediatric",    "obstetric",
                                 "perfusion",     "trauma",
                                 "major",         "directorate",
                                 "outpatient",    "therapeutic",
                                 "occupational",  "department",
                                 "admin",         "undergraduate",
                                 "student",       "staff",
                                 "charge",        "theatre",
                                 "practice",      "learning",
                                 "disability",    "liaison",
                                 "dietetic",      "nutrition",
                                 "sexual",        "intensive",
                                 "critical",      "acute",
                                 "anaesthetic",   "anaesthetics",
                                 "oncology",      "renal",
                                 "neonatal",      "district",
                                 "orthopaedic",   "gastroenterology",
                                 "physiotherapy", "radiography",
                                 "dietetics",     "allied",
                                 "lifestyle",     "lung",
                                 "breast",        "pain",
                                 "tissue",        "viability",
                                 "continence",    "epilepsy",
                                 "clinical",      "healthcare",
                                 "support",       "physician"};
  return kWords;
}

const WordSet& GivenNames() {
  static const WordSet kWords = {
      "Aaron",      "Abdul",     "Abigail",   "Adam",       "Adrian",    "Ahmed",       "Aisha",
      "Alan",       "Alastair",  "Alex",      "Alexander",  "Alexandra", "Ali",         "Alice",
      "Alison",     "Alistair",  "Allan",     "Amanda",     "Amar",      "Amber",       "Amelia",
      "Amir",       "Amit",      "Amy",       "Andrea",     "Andrew",    "Andy",        "Angela",
      "Anil",       "Anita",     "Ann",       "Anna",       "Anne",      "Annette",     "Anthony",
      "Anton",      "Anu",       "Anya",      "Arjun",      "Arun",      "Asha",        "Ashley",
      "Ayesha",     "Barbara",   "Barry",     "Becky",      "Ben",       "Benjamin",    "Beth",
      "Bethany",    "Bill",      "Bob",       "Brian",      "Bridget",   "Bruce",       "Carl",
      "Carla",      "Carol",     "Caroline",  "Carolyn",    "Catherine", "Cathy",       "Charlie",
      "Charlotte",  "Chloe",     "Chris",     "Christina",  "Christine", "Christopher", "Claire",
      "Clare",      "Colin",     "Craig",     "Dan",        "Daniel",    "Danielle",    "Darren",
      "Dave",       "David",     "Dawn",      "Dean",       "Debbie",    "Deborah",     "Declan",
      "Dee",        "Deepak",    "Denise",    "Dennis",     "Derek",     "Diane",       "Dominic",
      "Donna",      "Duncan",    "Ed",        "Eddie",      "Edward",    "Eileen",      "Elaine",
      "Eleanor",    "Elizabeth", "Ella",      "Ellen",      "Ellie",     "Emily",       "Emma",
      "Eric",       "Erin",      "Fatima",    "Felicity",   "Fiona",     "Frances",     "Francesca",
      "Frank",      "Gareth",    "Gary",      "Gavin",      "Gemma",     "Geoff",       "George",
      "Georgina",   "Gerry",     "Gill",      "Gillian",    "Glen",      "Glenn",       "Gordon",
      "Grace",      "Graham",    "Greg",      "Hannah",     "Harriet",   "Harry",       "Hassan",
      "Heather",    "Helen",     "Henry",     "Holly",      "Hugh",      "Iain",        "Ian",
      "Imran",      "Isabel",    "Jack",      "Jackie",     "Jacob",     "Jacqueline",  "Jade",
      "James",      "Jamie",     "Jan",       "Jane",       "Janet",     "Jas",         "Jason",
      "Jay",        "Jayne",     "Jean",      "Jeff",       "Jennifer",  "Jenny",       "Jeremy",
      "Jess",       "Jessica",   "Jill",      "Jim",        "Jo",        "Joan",        "Joanna",
      "Joanne",     "Jody",      "Joe",       "John",       "Jon",       "Jonathan",    "Josh",
      "Joshua",     "Joy",       "Judith",    "Julia",      "Julian",    "Julie",       "Juliet",
      "Justin",     "Karen",     "Kate",      "Katherine",  "Kathryn",   "Kathy",       "Katie",
      "Kay",        "Keith",     "Kelly",     "Ken",        "Kenneth",   "Kerry",       "Kevin",
      "Kim",        "Kirsty",    "Krishna",   "Kumar",      "Lara",      "Laura",       "Lauren",
      "Lee",        "Leon",      "Lesley",    "Leslie",     "Liam",      "Lily",        "Linda",
      "Lindsay",    "Lisa",      "Liz",       "Lorna",      "Lorraine",  "Louise",      "Lucy",
      "Luke",       "Lynn",      "Lynne",     "Maggie",     "Mandy",     "Manoj",       "Marc",
      "Marcus",     "Margaret",  "Maria",     "Marie",      "Mark",      "Martin",      "Mary",
      "Matt",       "Matthew",   "Maureen",   "Megan",      "Mel",       "Melanie",     "Melissa",
      "Michael",    "Michelle",  "Mike",      "Mohammed",   "Mohammad",  "Muhammad",    "Mohamed",
      "Molly",      "Monica",    "Naomi",     "Natalie",    "Natasha",   "Neil",        "Nicholas",
      "Nick",       "Nicky",     "Nicola",    "Nigel",      "Nikki",     "Nina",        "Noel",
      "Nora",       "Olivia",    "Oliver",    "Omar",       "Owen",      "Pam",         "Pamela",
      "Patricia",   "Patrick",   "Paul",      "Paula",      "Pauline",   "Peter",       "Phil",
      "Philip",     "Phillip",   "Pippa",     "Pooja",      "Priya",     "Rachel",      "Raj",
      "Rajesh",     "Ravi",      "Rebecca",   "Richard",    "Rick",      "Rob",         "Robert",
      "Robin",      "Rohan",     "Ros",       "Rosie",      "Ross",      "Ruth",        "Ryan",
      "Sally",      "Sam",       "Samantha",  "Samuel",     "Sandra",    "Sanjay",      "Sara",
      "Sarah",      "Saul",      "Scott",     "Sean",       "Shaun",     "Sharon",      "Sheila",
      "Shirley",    "Simon",     "Sophie",    "Stacey",     "Stephanie", "Stephen",     "Steve",
      "Steven",     "Stuart",    "Sue",       "Sunil",      "Susan",     "Suzanne",     "Tara",
      "Teresa",     "Terry",     "Tessa",     "Theresa",    "Thomas",    "Tim",         "Timothy",
      "Tina",       "Toby",      "Tom",       "Tony",       "Tracey",    "Tracy",       "Trevor",
      "Usha",       "Valerie",   "Vanessa",   "Vicky",      "Victoria",  "Vikram",      "Vince",
      "Wendy",      "Will",      "William",   "Yasmin",     "Yvonne",    "Zara",        "Zoe",
      "Kemi",       "Chidi",     "Ngozi",     "Tunde",      "Femi",      "Ade",         "Adebayo",
      "Olu",        "Siobhan",   "Niamh",     "Aoife",      "Ciaran",    "Eoin",        "Seamus",
      "Rhys",       "Gwen",      "Dafydd",    "Hamish",     "Morag",     "Ailsa",       "Fraser",
      "Kirsteen",   "Shona",     "Parveen",   "Nadia",      "Farah",     "Yusuf",       "Ibrahim",
      "Khalid",     "Tariq",     "Bilal",     "Zainab",     "Hina",      "Sana",        "Neha",
      "Anjali",     "Divya",     "Harpreet",  "Gurpreet",   "Manjit",    "Jaspreet",    "Sukhdev",
      "Rupinder",   "Wei",       "Li",        "Ling",       "Mei",       "Chen",        "Hui",
      "Kwame",      "Kofi",      "Ama",       "Akua",       "Nana",      "Thandi",      "Precious",
      "Grace",      "Joy",       "Blessing",  "Patience",   "Mercy",     "Faith",       "Hope",
      "Bernadette", "Agnes",     "Ann-Marie", "Anne-Marie", "Antonia",   "Audrey",      "Beverley",
      "Brenda",     "Carmel",    "Cheryl",    "Colette",    "Daphne",    "Deirdre",     "Doreen",
      "Dorothy",    "Eilidh",    "Elena",     "Eloise",     "Esther",    "Evelyn",      "Geraldine",
      "Gloria",     "Hazel",     "Imogen",    "Irene",      "Isla",      "Ivy",         "Janice",
      "Jocelyn",    "Josephine", "Kathleen",  "Leah",       "Lorraine",  "Lydia",       "Marion",
      "Marjorie",   "Martina",   "Maxine",    "Miriam",     "Nadine",    "Nicole",      "Norma",
      "Olga",       "Paulette",  "Philippa",  "Rhiannon",   "Rita",      "Rosemary",    "Roxanne",
      "Sabrina",    "Selina",    "Sonia",     "Stella",     "Sylvia",    "Tanya",       "Una",
      "Vera",       "Veronica",  "Violet",    "Wanda",      "Alfie",     "Archie",      "Arthur",
      "Barney",     "Bernard",   "Callum",    "Cameron",    "Conor",     "Dale",        "Damian",
      "Darryl",     "Desmond",   "Dylan",     "Elliot",     "Ethan",     "Ewan",        "Felix",
      "Finn",       "Francis",   "Frederick", "Gerald",     "Gregory",   "Harvey",      "Howard",
      "Isaac",      "Jake",      "Jarrod",    "Jerome",     "Joel",      "Jordan",      "Kieran",
      "Kyle",       "Lewis",     "Lloyd",     "Louis",      "Malcolm",   "Martyn",      "Max",
      "Mohan",      "Nathan",    "Niall",     "Norman",     "Oscar",     "Patrick",     "Percy",
      "Quentin",    "Ralph",     "Raymond",   "Reece",      "Rory",      "Roger",       "Ronald",
      "Rupert",     "Russell",   "Sebastian", "Stanley",    "Theo",      "Tristan",     "Tyler",
      "Vincent",    "Wayne",     "Xavier",    "Zachary",    "Tomasz",    "Piotr",       "Katarzyna",
      "Agnieszka",  "Marek",     "Andrzej",   "Olena",      "Dmitri",    "Ivan",        "Sergei",
      "Giulia",     "Marco",     "Luca",      "Sofia",      "Carlos",    "Maria",       "Juan",
      "Ana",        "Diego",     "Rahul",     "Vijay",      "Suresh",    "Ramesh",      "Lakshmi",
      "Meera",      "Sunita",    "Anjali",    "Kavita",     "Nisha",     "Rekha",       "Shilpa",
      "Deepa",      "Preeti",    "Sanjeev",   "Rakesh",     "Naveen",    "Ashok",       "Hitesh",
      "Nikhil",     "Aditya",    "Ankit",     "Rohit",      "Sameer",    "Shahid",      "Asif",
      "Faisal",     "Nadeem",    "Rizwan",    "Saima",      "Samina",    "Shabana",     "Rubina",
      "Uzma",       "Chinedu",   "Emeka",     "Ifeoma",     "Chioma",    "Oluwaseun",   "Yetunde",
      "Folake",     "Abimbola",  "Kehinde",   "Taiwo",      "Segun",     "Ngozi",       "Amara",
      "Kwabena",    "Yaw",       "Efua",      "Abena",      "Tendai",    "Farai",       "Rutendo",
      "Lisa",       "Phil",      "Tracey",    "Ibrahim",    "Priya",     "Dominic",     "Catherine",
      "Kirsty",     "Josh"};
  return kWords;
}

const WordSet& Cities() {
  static const WordSet kWords = {
      "London",       "Manchester",  "Birmingham",  "Liverpool",      "Leeds",         "Sheffield",
      "Bristol",      "Newcastle",   "Nottingham",  "Leicester",      "Glasgow",       "Edinburgh",
      "Cardiff",      "Belfast",     "Harrogate",   "Brighton",       "Bournemouth",   "Coventry",
      "Oxford",       "Cambridge",   "York",        "Southampton",    "Portsmouth",    "Plymouth",
      "Exeter",       "Norwich",     "Reading",     "Milton Keynes",  "Telford",       "Blackpool",
      "Gateshead",    "Sunderland",  "Derby",       "Stoke-on-Trent", "Wolverhampton", "Bradford",
      "Hull",         "Preston",     "Bolton",      "Salford",        "Cheltenham",    "Bath",
      "Canterbury",   "Chester",     "Durham",      "Lincoln",        "Peterborough",  "Swansea",
      "Aberdeen",     "Dundee",      "Westminster", "Warwick",        "Solihull",      "Stratford",
      "Wembley",      "Gloucester",  "Worcester",   "Ipswich",        "Colchester",    "Chelmsford",
      "Luton",        "Northampton", "Swindon",     "Middlesbrough",  "Doncaster",     "Wakefield",
      "Huddersfield", "Harlow",      "Stevenage",   "Watford",        "Guildford",     "Maidstone",
      "Torquay",      "Taunton",     "Truro",       "Carlisle",       "Lancaster",     "Warrington",
      "Wigan",        "Oldham",      "Rochdale",    "Stockport",      "Birkenhead",    "Southport",
      "Blackburn",    "Burnley",     "Scarborough", "Whitby",         "Darlington",    "Hartlepool",
      "Grimsby",      "Scunthorpe",  "Mansfield",   "Chesterfield",   "Rotherham",     "Barnsley",
      "Halifax",      "Dudley",      "Walsall",     "Shrewsbury",     "Hereford",      "Kettering",
      "Bedford",      "Slough",      "Crawley",     "Eastbourne",     "Hastings",      "Poole",
      "Weymouth",     "Yeovil",      "Salisbury",   "Winchester",     "Basingstoke"};
  return kWords;
}

const WordSet& ProjectHeads() {
  static const WordSet kWords = {
      "project",  "programme", "program",     "platform",      "portal",     "app",
      "tool",     "service",   "system",      "record",        "initiative", "scheme",
      "pathway",  "model",     "hub",         "toolkit",       "dashboard",  "network",
      "campaign", "framework", "solution",    "clinic",        "school",     "academy",
      "passport", "bundle",    "approach",    "intervention",  "register",   "registry",
      "database", "website",   "chatbot",     "algorithm",     "software",   "device",
      "team",     "unit",      "partnership", "collaborative", "alliance",   "pilot",
      "trial",    "study",     "strategy",    "course",        "challenge",  "cafe",
      "café",     "line",      "helpline",    "hotline",       "service's"};
  return kWords;
}

const WordSet& NeverName() {
  static const WordSet kWords = {
      "Trust",       "Trusts",     "NHS",        "ICB",        "ICS",
      "Awards",      "Award",      "Integrated", "Care",       "Board",
      "System",      "Foundation", "University", "Hospital",   "Hospitals",
      "Health",      "Healthcare", "Council",    "Service",    "Services",
      "Partnership", "Alliance",   "Network",    "Innovation", "Chief",
      "Executive",   "Officer",    "Director",   "Deputy",     "Medical",
      "Nursing",     "Clinical",   "Lead",       "Manager",    "Head",
      "Chair",       "Editor",     "January",    "February",   "March",
      "April",       "May",        "June",       "July",       "August",
      "September",   "October",    "November",   "December",   "Monday",
      "Tuesday",     "Wednesday",  "Thursday",   "Friday",     "Saturday",
      "Sunday",      "The",        "This",       "That",       "These",
      "Those",       "Our",        "We",         "It",         "He",
      "She",         "They",       "HSJ",        "Winner",     "Winners",
      "Shortlisted", "Finalist",   "Finalists",  "Category",   "Project",
      "Programme",   "Team",       "Year",       "Patient",    "Patients",
      "Staff",       "Digital",    "Safety",     "Workforce",  "Congratulations",
      "Well",        "Both",       "All",        "Each",       "Every",
      "Her",         "His",        "Their",      "Its",        "Also",
      "In",          "At",         "On",         "For",        "And",
      "But",         "With",       "From",       "By",         "After",
      "Before",      "When",       "While",      "Following",  "Speaking",
      "Commenting",  "According",  "Mental",     "Community",  "Primary",
      "Royal",       "General",    "Ambulance",  "Cancer",     "Group",
      "Centre",      "Center",     "Unit",       "Ward",       "Department",
      "Institute",   "College",    "School",     "Academy",    "Society",
      "Association", "Federation", "Commission", "England",    "Wales",
      "Scotland",    "UK",         "Britain",    "Ltd",        "Limited",
      "Plc",         "Inc",        "Company",    "Agency",     "Said",
      "Says",        "Added",      "Adds"};
  return kWords;
}

}  // namespace

bool IsHonorific(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return Honorifics().contains(word);
}
bool IsPostNominal(std::string_view word) { return PostNominals().contains(word); }
bool IsTitleHead(std::string_view lower) {
  if (TitleHeads().contains(lower)) return true;
  // Clinical professions: geriatrician, radiologist, psychiatrist, therapist.
  for (std::string_view suffix :
       {"ician", "ologist", "iatrist", "apist", "ographer", "tivist", "thetist", "cialist"})
    if (lower.size() > suffix.size() + 2 &&
        lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0)
      return true;
  return false;
}
bool IsTitleWord(std::string_view lower) {
  return TitleWords().contains(lower) || IsTitleHead(lower);
}
bool IsGivenName(std::string_view word) { return GivenNames().contains(word); }
bool IsCity(std::string_view word) { return Cities().contains(word); }
bool IsProjectHead(std::string_view lower) { return ProjectHeads().contains(lower); }
bool IsNeverName(std::string_view word) { return NeverName().contains(word); }

int MonthNumber(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  static constexpr std::string_view kFull[] = {"january",   "february", "march",    "april",
                                               "may",       "june",     "july",     "august",
                                               "september", "october",  "november", "december"};
  std::string lower;
  for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  for (int i = 0; i < 12; ++i) {
    if (lower == kFull[i] || lower == kMonths[i]) return i + 1;
  }
  if (lower == "sept") return 9;
  return 0;
}

}  // namespace awardgraph::loaders
