namespace KzDataset.Synthetic;

/// <summary>
/// Word lists the texts are composed from. No entry may contain a number word ("one", "half",
/// "double"…) or a digit: every number of a body must be one the maker annotates.
/// </summary>
internal static class Lexicon
{
    public static readonly string[] FirstNames =
    {
        "Aigerim", "Dáulet", "Zhanna", "Érik", "Nurlan", "Saule", "Marat", "Gulnara", "Timur", "Aliya",
        "Yerlan", "Dinara", "Askar", "Madina", "Bauyrzhan", "Ainur", "Kairat", "Asel", "Rustem", "Zarina",
        "François", "Hélène", "José", "Zoë", "Søren", "Małgorzata", "Jürgen", "Chloé", "Renée", "Ömer",
        "Anastasía", "Dmitrí", "Gaukhar", "Ermek", "Laura", "Niklas", "Inès", "Patrícia", "Miguel", "Ólafur",
    };

    public static readonly string[] SurnameStems =
    {
        "Abai", "Nurtas", "Tokal", "Kasym", "Zhumab", "Serik", "Bekmur", "Dosmag", "Yesen", "Kulib",
        "Mukhan", "Orazb", "Satpa", "Turgan", "Ermekb", "Álim", "Ívan", "Ösken", "Baizh", "Sarsen",
        "Tleub", "Kenzh", "Amanz", "Shayakh",
    };

    public static readonly string[] SurnameEndings = { "anov", "ayeva", "enko", "imov", "ova", "ullin", "bekov", "ayev", "ynov", "aliyev", "ina" };

    public static readonly string[] Institutions =
    {
        "the Eurasian Research Institute", "Nazarbayev University", "the Central Asia Program", "Université de Genève",
        "the Steppe Policy Centre", "King’s College London", "the Institut d’études politiques", "Al-Farabi University",
        "the Caspian Analytical Group", "the Carnegie Endowment", "the École des hautes études", "the Kennan Institute",
    };

    public static readonly string[] ExpertRoles = { "political scientist", "senior fellow", "economist", "historian", "sociologist", "research director", "associate professor" };

    public static readonly string[] OfficialRoles = { "deputy minister", "regional governor", "spokesperson of the Interior Ministry", "member of the Mäjilis", "city akim", "presidential adviser" };

    public static readonly string[] OtherRoles = { "reporter", "energy executive", "human-rights campaigner", "trade-union organiser", "lawyer", "blogger" };

    public static readonly string[] Cities = { "Almaty", "Nur-Sultan", "Aktobe", "Zhanaozen", "Shymkent", "Taraz", "Aktau", "Kyzylorda", "Semey", "Oral", "Taldykorgan", "Petropavl", "Kökshetau", "Türkistan" };

    public static readonly string[] Topics =
    {
        "fuel prices", "the state of emergency", "the internet blackout", "the CSTO mission", "the cabinet’s resignation",
        "the curfew", "the Security Council", "liquefied gas", "the detentions", "the airport’s seizure", "the succession",
        "the opposition", "foreign investors", "the tenge", "the oil sector", "the regional akimats", "Moscow’s role", "Beijing’s silence",
    };

    public static readonly string[] HeadlineVerbs = { "weighs", "questions", "revisits", "unsettles", "tests", "reshapes", "exposes", "divides", "haunts", "redraws" };

    public static readonly string[] HeadlineFrames =
    {
        "{T} {V} {C}, says {P}", "In {C}, {T} {V} an uneasy calm", "“{Q}”: {P} on {T}", "How {T} {V} {C}’s politics",
        "{P}: {T} {V} the old order in {C}", "Why {T} still {V} {C}", "{C} after the unrest: {T} {V} trust", "{T} — a view from {C} by {P}",
    };

    public static readonly string[] Subjects =
    {
        "The government", "The authorities in {C}", "Nobody in the capital", "The protesters", "Moscow", "The regional akimat",
        "Ordinary families", "The security services", "The old elite", "Young people in {C}", "The ruling party", "Local businesses",
    };

    public static readonly string[] Predicates =
    {
        "cannot ignore what happened on the square", "underestimated the anger over {T}", "will have to explain its decisions on {T}",
        "has lost the confidence of the street", "is still counting the cost of {T}", "knows that {T} was only the spark",
        "will not accept another promise about {T}", "treated the crisis as a matter of order, not of politics",
        "saw the unrest coming and did nothing", "is watching {T} with real concern", "has no plan for the day after",
        "must open the dialogue it refused for years", "learned more in a week than in a decade of reports",
    };

    public static readonly string[] Tails =
    {
        "and everybody here knows it", "whatever the official version says", "even if the curfew is lifted", "— that is the real lesson",
        "as far as I can tell", "and the next months will show it", "in {C} as much as elsewhere", "despite the reassuring speeches",
    };

    public static readonly string[] Fillers =
    {
        "Lorries queued at the {C}–Khorgos crossing, where customs checks were tightened.",
        "The streets of {C} were quiet on the morning after the curfew, with shops shuttered and buses running late.",
        "Residents described long queues at bank machines and petrol stations as connections came back piece by piece.",
        "Diplomats in the capital said they were following {T} closely and urged restraint on all sides.",
        "The unrest began in the west of the country before spreading to {C} and the southern regions.",
        "Several independent journalists reported being questioned by the police about their coverage of {T}.",
        "Analysts note that the protests were the largest since independence and caught the elite off guard.",
        "Local television showed armoured vehicles near the akimat building in {C}, where crowds had gathered.",
        "The government’s critics argue that {T} exposed how little the reforms of recent years had changed.",
        "Prices of staple goods rose sharply in {C}, according to traders at the central bazaar.",
        "Traffic on the north–south highway through {C} resumed under police escort.",
        "A café owner near the main square said customers talked of little else than {T}.",
    };

    public static readonly string[] Questions =
    {
        "What happened in {C} during the first days of the protests?", "Who benefits from the crisis over {T}?",
        "Was the call for foreign troops a sign of weakness?", "How do ordinary people in {C} see {T}?",
        "Can the president keep his promises on {T}?", "What role did the old elite play?", "Is the country more stable now?",
        "How will investors read {T}?", "What should Europe take from these events?", "Is a new wave of protests possible?",
        "What does Moscow expect in return?", "How much did social media matter in {C}?",
    };

    public static readonly string[] Answers =
    {
        "The situation in {C} was confused, and the first reports were contradictory. People came out because of {T}, but they stayed because they had nothing left to lose.",
        "Those who gained most are the ones who could present themselves as guarantors of order. The crisis over {T} gave them that chance, and they took it quickly.",
        "It was a sign that the leadership did not trust its own police. Inviting allies is a message to the elite as much as to the street.",
        "People in {C} are tired and cautious. They saw the violence, and they see that {T} has not been settled by the speeches.",
        "He can keep some of them, on prices for example, but the structural problems remain. Nobody believes that {T} will simply disappear.",
        "Its members kept their fortunes and much of their influence. The question is whether the new team can govern without them.",
        "It is calmer, not more stable. Calm is what you get when people are afraid, and fear is a poor foundation for reform.",
        "Investors read {T} as a reminder that political risk is real here. They will stay, but they will ask for more guarantees.",
        "Europe should listen to the society, not only to the palace. The lesson of {C} is that stability bought with silence does not last.",
        "It is possible, because the causes are still there. The anger over {T} has been pushed underground, not resolved.",
        "Moscow expects loyalty on foreign policy and a say on security. That is a price the leadership may come to regret.",
        "Messaging apps mattered more than the big platforms. When the internet was cut, rumours spread faster than facts in {C}.",
    };

    public static readonly string[] ScareTerms = { "stabilisation", "terrorists", "colour revolution", "peacekeepers", "dialogue", "New Kazakhstan", "order" };

    public static readonly string[] NoteOpenings =
    {
        "Synthetic article for performance measurements; the text imitates a wire report and is not a real piece.",
        "Generated for the bench: the prose is assembled from templates and names nobody real.",
        "A made-up report in the style of the corpus, so that the generator sees realistic annotation density.",
    };

    public static readonly string[] NoteRemarks =
    {
        "The advertisement block and the teaser are excluded as in the real sidecars.",
        "Dates in the dateline and the body are ignored with reason date; every other number is a figure.",
        "Speakers are introduced by full name and afterwards named by their registered alias.",
        "Scare quotes around official vocabulary are recorded as terms, not as anybody's words.",
        "Figures inside quotations are stated by the speaker; the others are the outlet's own voice.",
        "The interview labels stay outside the turns, as the annotation guide asks.",
    };
}
