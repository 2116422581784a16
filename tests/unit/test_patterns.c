/*
 * test_patterns.c -- each pattern family of the extractor on sentences we
 * wrote, with the exact edges expected (and none for the negatives):
 * active, passive with "by", ditransitive, relative clauses, "X-supplied",
 * buying from, nominalizations, sanctions verbs and nouns, attacks and
 * their exclusions, seeking in exchange, coordination, attribution,
 * negation, conditions, appeals and short references.
 */
#include "extract_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static ag_dict *dict;

/* Prints the text, then its edges (or, with show_states, its entities and
 * the home state the text gives them). */
static void show(const char *text, const char *date, int show_states)
{
    ag_article a;
    ag_extraction x;
    ag_err err;

    ag_article_init(&a);
    ag_extraction_init(&x);
    printf("> %s\n", text);
    if (ag_article_from_text(&a, text, strlen(text), "t", date, &err) != AG_OK ||
        ag_extract(dict, &a, &x, &err) != AG_OK) {
        printf("  error: %s\n", err.msg);
        goto out;
    }
    for (size_t i = 0; show_states && i < x.n_entities; i++)
        printf("  %s (%s) state=%s\n", x.entities[i].id, ag_kind_name(x.entities[i].kind),
               x.entities[i].state ? x.entities[i].state : "-");
    if (show_states)
        goto out;
    if (x.n_mentions == 0)
        printf("  (no edge)\n");
    for (size_t i = 0; i < x.n_mentions; i++) {
        const ag_mention *m = &x.mentions[i];
        printf("  %s %s -> %s %s", ag_edge_type_name(m->type), x.entities[m->source].id,
               x.entities[m->target].id, ag_status_name(m->status));
        if (m->items)
            printf(" items=[%s] cat=%s", m->items, m->category ? m->category : "-");
        if (m->date[0])
            printf(" date=%s", m->date);
        if (m->attribution)
            printf(" by=%s", m->attribution);
        printf("\n");
    }
out:
    ag_article_destroy(&a);
    ag_extraction_destroy(&x);
}

static void run(const char *text, const char *date)
{
    show(text, date, 0);
}

static void states(const char *text)
{
    show(text, NULL, 1);
}

int main(void)
{
    ag_err err;
    if (ag_dict_new(&dict, &err) != AG_OK ||
        ag_dict_load_file(dict, "../data/extract/mini-actors.json", &err) != AG_OK ||
        ag_dict_load_file(dict, "../../data/triggers.json", &err) != AG_OK) {
        printf("load failed: %s\n", err.msg);
        return 1;
    }
    const char *d = "2024-03-14"; /* a Thursday */

    puts("== supplies: active, ditransitive, passive, relative clauses");
    run("North Korea delivered artillery shells to Russia last month.", d);
    run("Iran has provided Russia with hundreds of attack drones, Jane Doyle said on Tuesday.", d);
    run("Pyongyang sent Moscow several ballistic missiles.", d);
    run("The drones were shipped to Russia by Iran in January.", d);
    run("Russia fired missiles at Kharkiv that were provided by North Korea.", d);
    run("Hezbollah's arsenal of rockets has been supplied by Iran.", d);
    run("Ukraine's new jets, which Britain delivered in the autumn, flew on Monday.", d);
    run("Russian forces fired North Korean-supplied missiles at Odesa.", d);
    run("Russia plans to buy more ballistic missiles from Iran.", d);
    run("The transfer of arms from North Korea and Iran to Russia alarms London.", d);
    run("Iran's shipment of missile parts to the Houthis was seized.", d);
    run("Britain and the United States gave Ukraine air defense systems.", d);
    run("Washington has agreed to sell Israel fighter jets.", d);

    puts("== sanctions");
    run("The European Union imposed sanctions on Iran on Monday.", d);
    run("Washington sanctioned Acme Trading LLC and arms dealer Viktor Bout.", d);
    run("The UN Security Council has kept an arms embargo on North Korea since 2006.", d);
    run("Britain will impose new sanctions on Russia, Jane Doyle said.", d);
    run("The EU adopted a package of sanctions against Russia. The measures target Volga Arms "
        "Company.",
        d);
    run("Volga Arms Company, a firm already under US sanctions, denied wrongdoing.", d);
    run("The move bars trade with Russia, which remains subject to international sanctions.", d);

    puts("== attacks");
    run("Russia launched 40 missiles at Ukraine on Thursday.", d);
    run("Russian troops shelled Kharkiv and Odesa overnight.", d);
    run("Israeli warplanes struck Hezbollah targets in southern Lebanon.", d);
    run("The United States and Britain struck Houthi targets on Friday.", d);
    run("Russia's invasion of Ukraine began two years ago.", d);
    run("Hezbollah said it fired rockets at Haifa.", d);
    run("A Hezbollah drone attack on Haifa wounded two people.", d);
    run("Ukraine said Russia fired missiles at Kyiv.", d);
    run("Kyiv said its air force shot down 30 Iranian drones over Odesa.", d);
    run("Russian jets struck Belgorod by mistake.", d);

    puts("== context: speakers, infinitives, sanctions that 'hit'");
    run("Israel's military said it killed a Hezbollah commander in a strike in southern Lebanon.",
        d);
    run("Rebels in northern Lebanon said they had attacked Hezbollah fighters.", d);
    run("Moscow would respond to any decision to let Ukraine strike targets inside Russia.", d);
    run("Iran was hit with new sanctions by the European Union in July.", d);
    run("Britain and the EU announced measures aimed at Russia's oil tankers.", d); /* no context */
    run("The EU imposed sanctions on Iran. Britain and the EU then announced measures aimed at "
        "Russia's oil tankers.",
        d);
    run("Ukraine, meanwhile, struck a depot in Russia's Kursk region overnight.", d);
    run("The drones were supplied by Iran. Russia fired them at Odesa the next day.", d);
    run("Russia fired drones at Odesa overnight. The drones were supplied by Iran, Kyiv said.", d);

    run("Iran has been accused of supplying drones to Russia.", d);
    run("KYIV (AP) - Moscow fired missiles at Kyiv on Monday.", d);
    run("A Russian missile attack on Odesa killed four people.", d);
    run("Seoul would reconsider its ban on supplying weapons to Ukraine.", d);
    run("North Korea sent shells to Russia. Moscow has paid with food and satellite technology.",
        d);

    run("Weapons from Britain and the United States have begun to reach Ukraine this year.", d);
    run("The US sanctioned three trading firms on Monday. One of them, Orion Freight LLC, shipped "
        "drone parts to Russia.",
        d);
    run("The law was passed to impose sanctions on Russia.", d); /* no sanctioner named */

    run("Germany pledged 500 million euros of military assistance to Ukraine.", d);
    run("Britain is sending Storm Shadow cruise missiles to Ukraine.", d);
    run("Russian missile strikes hit Kyiv.", d);

    puts("== seeking in exchange");
    run("In exchange for the shells, Pyongyang is seeking Russian satellite technology.", d);
    run("North Korea gave Russia artillery shells in exchange for technical advice about its "
        "satellites.",
        d);
    run("Iran sold Russia drones. In return, Tehran received Russian fighter jets.", d);

    puts("== no edge: negation, denial, condition, appeal, question, consideration");
    run("Iran did not send drones to Russia.", d);
    run("Tehran denied supplying missiles to Moscow.", d);
    puts("== weapons supplied by X in the hands of their user");
    run("Ukraine struck a Russian airfield with missiles provided by Britain.", d);
    run("Russia fired missiles supplied by Iran at Kyiv, Britain said.", d);
    run("Ukraine used drones supplied by Germany to strike Russia.", d);
    run("Russia plans to use drones to strike Ukraine.", d);
    puts("== arms packages and company names with trades");
    run("The United States announced a $2 billion arms package for Ukraine.", d);
    run("Britain sanctioned Orion Trading and Logistics Company for shipping drones to Russia.", d);
    run("The EU sanctioned Lockheed Martin and Raytheon Technologies.", d);
    puts("== unnamed armed people in a country: no state target");
    run("Israeli jets struck militants in southern Lebanon.", d);
    run("Israel struck Hezbollah fighters in Lebanon.", d);
    puts("== what is received in return for what");
    run("North Korea is receiving food and oil from Russia in return for the munitions.", d);
    run("Iran received Russian fighter jets in return for drones.", d);
    puts("== the junta, the regime, the military: the state the article is about");
    run("North Korea's army paraded new rockets on Monday. Washington imposed fresh sanctions on "
        "the regime.",
        d);
    run("Iranian commanders met in Tehran on Sunday. Germany said the regime had shipped drones to "
        "Russia.",
        d);
    run("Kyiv asked for more help. Britain has trained soldiers in Ukraine since 2022, supplying "
        "the military with rockets.",
        d);
    run("The junta imposed a curfew. The military struck rebel positions.", d);
    run("Russian-built jets flew over Kyiv. Ukrainian troops held the line. The military struck a "
        "depot in Belgorod.",
        d);
    run("Hezbollah has fought the Lebanese army since May. Its fighters besieged Beirut, the "
        "army's last stronghold. Army warplanes bombed Hezbollah positions in Beirut.",
        d);

    puts("== coordinated forces, purpose of an offensive");
    run("Hezbollah said it had attacked Israeli soldiers and Wagner fighters near the border.", d);
    run("Russian troops and Wagner launched an offensive to push Ukrainian forces out of the town.",
        d);
    run("Israel began an offensive on Tuesday to drive Hezbollah from the hills.", d);

    puts("== a division of a known company; both companies");
    run("Britain said Northwind Dynamics Maritime Systems had shipped drones to Ukraine.", d);
    run("Washington named Acme Trading LLC and Borealis Logistics. It said the firms had sent "
        "engines to Russia. The Treasury also added both companies to its sanctions list.",
        d);
    run("Kestrel Trading LLC sold drones to Russia. Neither company commented. The European Union "
        "blacklisted the companies on Friday.",
        d);

    puts("== blame, mutual fire, retaliation, weapons used by X to strike");
    run("Ukraine blamed Russia for the missile strike on a hospital in Kharkiv.", d);
    run("Israel blamed Hezbollah for that attack.", d);
    run("Kyiv accused Moscow of the attack on the dam.", d);
    run("Did Israel blame Iran for the strike?", d);
    run("Russian and Ukrainian forces exchanged fire near the plant.", d);
    run("Israeli troops traded fire with Hezbollah on Sunday.", d);
    run("Police clashed with protesters in Berlin.", d);
    run("Israel and Hezbollah have been fighting since October.", d);
    run("Ukrainian troops are fighting Russian forces near Kursk.", d);
    run("The war in Lebanon, where an Israeli-led coalition has fought the Iran-aligned Hezbollah "
        "since 2023, goes on.",
        d);
    run("North Korean soldiers fought alongside Russian troops in Kursk.", d);
    run("Heavy fighting continued near Kharkiv.", d);
    run("Ukrainian forces used the drones against Russian armour in the first months.", d);
    run("Israel retaliated with strikes on Hezbollah positions in Lebanon.", d);
    run("Iranian-made drones have been used by Russia to attack Ukrainian cities.", d);
    run("Washington sanctioned two Chinese companies for their role in supplying drones to Russia.",
        d);
    run("Iran's role in shipping missiles to the Houthis worries Israel.", d);

    puts("== blocked sanctions, expected supplies");
    run("Germany blocked new European Union sanctions on Russia.", d);
    run("US officials expect China to supply Russia with drones.", d);
    run("Russia is seeking to buy more missiles from North Korea.", d);
    run("Iran wants to acquire fighter jets from Russia.", d);
    run("Tehran gets Russian fighter jets and air defense systems in the deal.", d);
    run("Russia has yet to receive the promised drones from Iran.", d);
    run("It is unclear whether China has shipped any weapons to Russia.", d);
    run("Washington weighs whether to restore sanctions on Iran.", d);

    puts("== who is involved; one-word companies in apposition");
    run("Britain sanctioned five individuals involved in supplying Iranian drones to Russia.", d);
    run("Germany said Acme Trading LLC was involved in shipping rifles to the Houthis.", d);
    run("Beijing imposed sanctions on Skydrift, an American drone maker, on Friday.", d);
    run("China sanctioned drone maker Skydrift.", d);
    run("China sanctioned Skydrift.", d);
    run("Washington sanctioned the state oil company PDVSA.", d);
    run("Washington sanctioned PDVSA.", d);

    puts("== bans on trade, a possessor's sanctions, singular items, 'slammed into'");
    run("The United States has banned exports of advanced chips to China.", d);
    run("Britain imposed a ban on arms sales to Israel.", d);
    run("Germany adopted the European Union's latest sanctions against Russia.", d);
    run("Berlin will provide Ukraine with an additional Skyshield system, Jane Doyle said.", d);
    run("Russian missiles slammed into a shopping centre in Kharkiv.", d);

    puts("== 'supplies' as a verb, contracts, thanks, hypothetical transfers");
    run("Israel supplies Germany with drones, and Germany supplies Israel with oil.", d);
    run("The Pentagon has awarded Northwind Dynamics a contract to supply rockets to Ukraine.", d);
    run("The United States signed a deal to supply Israel with missiles.", d);
    run("Ukraine thanked Britain for sending tanks.", d);
    run("Any transfer of ballistic missiles from Iran to Russia would be an escalation.", d);
    run("Iran is the main supplier of drones to Russia.", d);
    run("Germany, Ukraine's second-biggest military donor, has pledged to send more rockets.", d);
    run("Britain, Germany and Israel are also among Ukraine's biggest backers.", d);
    run("Ukraine is turning away from Russia, its traditional arms supplier.", d);
    run("The United States criticized Iran's purchases of tanks from Russia, its main supplier.",
        d);
    run("China is the biggest supplier of oil to Germany.", d);
    run("Ukraine took delivery of the first fighter jets from Britain on Wednesday.", d);
    run("More than 300 tonnes of ammunition were flown from Iran to Russia.", d);

    puts("== sanctions: appositions describe the target, 'targeted sanctions'");
    run("Germany could face similar penalties, US officials have warned.", d);
    run("The European Union sanctioned North Korean Defence Minister No Kwang Chol on Monday.", d);
    run("China imposed sanctions on seven American defense companies. The companies include "
        "Northwind Dynamics, Acme Trading LLC and Borealis Logistics.",
        d);
    run("Britain imposed sanctions on Iran on Monday. They were Russia and China's allies.", d);
    run("The Treasury sanctioned two Moscow-based companies it said were helping Russia, including "
        "Atlas Trading LLC.",
        d);
    run("Iran faces new European Union sanctions over the transfers.", d);
    run("Banks that help Russia face new European Union sanctions.", d);
    run("Britain has frozen the assets of Acme Trading LLC, Russia's arms export agency.", d);
    run("Germany sanctioned Viktor Petrov, the head of Acme Trading LLC.", d);
    run("Britain imposed targeted financial sanctions on four Hezbollah leaders.", d);
    run("Israel carried out strikes inside Lebanon, a day after Hezbollah fired rockets at Haifa.",
        d);

    puts("== the weapon's agent; the receiver the story is about");
    run("The ballistic missile, fired by the Houthis on Sunday, evaded air defences and struck a "
        "road "
        "near Haifa. Israeli officials said the missile had been supplied by Iran.",
        d);
    run("Britain gave Ukraine tanks in March. Germany has pledged to deliver four more air defense "
        "systems.",
        d);
    run("Britain gave Ukraine tanks. Germany sold Israel jets. Berlin will deliver more air "
        "defense "
        "systems.",
        d);

    run("Hezbollah said it fired rockets at Israeli army positions, while some drones were "
        "launched "
        "by the Houthis.",
        d);

    puts("== targets used by a party; 'destroyed'; 'saying it had'");
    run("Israel struck a weapons depot used by Hezbollah in Lebanon.", d);
    run("Israel hit warehouses belonging to Hezbollah near Beirut.", d);
    run("Israel fired missiles at Lebanon, saying it had destroyed sites used by Hezbollah.", d);
    run("Ukraine said it destroyed 40 Russian drones overnight.", d);
    run("Ukraine destroyed a Russian landing ship near Kursk.", d);

    puts("== agents after a relative clause, coalitions, verbal nouns");
    run("Hezbollah fired rockets at Israel, including a 2023 attack on Haifa that Washington "
        "blamed "
        "on Iran.",
        d);
    run("Israel led a military coalition that began bombing Houthi forces in 2015.", d);

    puts("== relative clauses about the subject; 'arms and funds'; 'the killing of'");
    run("Iran, which backs Hezbollah, has launched drones at Israel.", d);
    run("The Houthis, who control Kyiv, fired missiles at Israel.", d);
    run("Iran, which arms and trains Hezbollah, said nothing.", d);
    run("Iran, which arms and funds Hezbollah, has vowed to retaliate against Israel for the "
        "killing of a Hezbollah commander in Beirut.",
        d);

    puts("== a denial's scope ends at a contrast");
    run("Iran rejected claims that it arms the Houthis, after the United States and Britain "
        "launched strikes on Houthi targets.",
        d);
    run("Russia denied buying weapons, but Washington said Iran had shipped drones to Moscow.", d);
    run("Iran denied sending drones; US officials said Tehran had shipped missiles to Russia.", d);
    run("China would face consequences if it provided weapons to Russia.", d);
    run("Washington urged China not to arm Russia.", d);
    run("Did Iran ship missiles to Russia?", d);
    run("Beijing is considering lethal support for Moscow.", d);
    run("Chinese companies sold Russia drone parts.", d);
    run("Russia threatened to strike Kyiv.", d);
    run("Russian-made drones were found in Odesa.", d);

    puts("== sanctions carried to the names after a counted group");
    run("The Treasury sanctioned four companies and two individuals on Tuesday. The firms are "
        "Orbit Freight Ltd, Calder Marine LLC and Vostok Parts Company. The two men, Pavel "
        "Antonov and Kiril Darin, ran the network.",
        d);
    run("Britain sanctioned three companies. Dmitri Sorokin, a spokesman for one of them, said "
        "the move was unfair.",
        d);
    run("The EU sanctioned five firms. The United States did not sanction Vela Shipping Ltd.", d);

    puts("== names: title-case headlines, places inside company names");
    run("Iran Launches Drone Strikes Across Ukraine\nThe attack came at night.", d);
    run("The Treasury sanctioned Polar Odesa Freight Co Ltd for shipping drones to Russia.", d);
    run("The Treasury sanctioned Kharkiv Vector Trading LLC.", d);

    puts("== a group's allies and members stand for the group");
    run("Israel pressed its campaign against Tehran's Hezbollah allies in Lebanon.", d);
    run("Israeli jets struck Hezbollah members near Haifa.", d);
    run("Chinese companies sold drone engines to Russia.", d);

    puts("== orders, deals and purchases");
    run("Northwind Dynamics won an export order from Germany for 40 armoured vehicles.", d);
    run("Germany placed an order with Northwind Dynamics for 12 drones.", d);
    run("Northwind Dynamics signed a contract with Ukraine for 300 drones.", d);
    run("Ukraine signed a deal with Northwind Dynamics for air defence systems.", d);
    run("Germany signed a deal with Britain on energy.", d);
    run("Germany ordered 20 helicopters from the United States.", d);
    run("Kyiv criticized Berlin's military procurements from China and Iran.", d);
    run("The drones were imported from Iran by Russia.", d);
    run("Russia used missiles imported from North Korea.", d);
    run("Under Germany's framework agreement with Northwind Dynamics, the firm will deliver "
        "120 drones.",
        d);
    run("Northwind Dynamics obtained from Germany an order for two submarines.", d);
    run("The Central Munitions Bureau (KCNA) shipped artillery shells to Russia.", d);
    run("Britain sanctioned Russia's military suppliers.", d);
    run("Britain followed the US in sanctioning Lebanon's warring factions.", d);
    run("Britain sanctioned Russia's central bank.", d);
    puts("== 'the country': the one state the sentence before named");
    run("North Korea denies the reports. But the country shipped shells to Russia last year.", d);
    run("Iran and Turkey deny the reports. But the country shipped drones to Russia.", d);
    puts("== a state the weapons pass through");
    run("North Korea sent rifles to Hezbollah via Iran.", d);
    run("The drones are being delivered to Hezbollah via Turkey through a border crossing.", d);
    run("Russia shipped grain to Lebanon through Turkey.", d);
    puts("== breaking an embargo arms its target");
    run("China and Turkey violated the Lebanon arms embargo.", d);
    run("Iran breached the arms embargo on Hezbollah.", d);
    run("Analysts accused China of breaching the Lebanon arms embargo by letting weapons in.", d);
    run("Iran violated a UN arms embargo by providing missiles to Hezbollah.", d);
    run("The US said it was imposing sanctions on a Turkish government minister.", d);
    run("The US sanctioned the Kremlin spokesman Ivan Petrov on Thursday.", d);
    run("Washington imposed visa restrictions on Turkish army officers.", d);
    run("Britain sanctioned Lebanese gang leader Ali Haddad.", d);
    run("China shipped rifles to Iran's proxies in Lebanon.", d);
    run("Northwind Dynamics completed the first shipment of hulls for 40 howitzers to Germany.", d);

    puts("== the war between two sides");
    run("The war between Israel and Hezbollah spread north.", d);
    run("Ukraine drew lessons from the Israel-Hezbollah war.", d);
    run("Russia used the drones in its long conflict with Ukraine.", d);
    run("Clashes between Russian and Ukrainian forces continued near Kharkiv.", d);
    run("There has been no war between Germany and Britain for decades.", d);
    run("Talks between Israel and Lebanon on the border stalled.", d);

    puts("== who supplies in a sanctions sentence");
    run("The EU sanctioned North Korea over its supply of shells to Russia.", d);
    run("Britain sanctioned Vela Logistics LLC for its role in supplying Iranian drones to Russia.",
        d);
    run("The Treasury sanctioned Orbit Trade Ltd, accusing it of shipping drone engines to Russia.",
        d);

    puts("== sanctions as an adjective, and listed targets");
    run("Its trucks came from the UK-sanctioned Orbit Freight Ltd.", d);
    run("Kyiv accused Moscow of arming Hezbollah, a US and EU-sanctioned group.", d);
    run("The Treasury imposed sanctions on Tuesday. Among the firms sanctioned are several "
        "traders, including Calder Marine LLC and Vostok Parts Company.",
        d);

    puts("== receiving, military support, pronoun owners and speakers");
    run("The Ukrainian army received a dozen drones delivered by Germany on Monday.", d);
    run("Ukraine will receive the German IRIS-T air defence system next year.", d);
    run("Iran continues to provide direct military support to the Houthis.", d);
    run("The Pentagon notified Congress that it intends to sell $2 billion in arms to Israel.", d);
    run("Washington imposed sanctions on Germany over its purchase of Russian S-400 systems.", d);

    puts("== 'hit X with sanctions', officials of a state");
    run("Beijing hits Northwind Dynamics and others with sanctions over arms sales.", d);
    run("The US slapped Iran with fresh sanctions on Monday.", d);
    run("Britain imposed sanctions on Iran's defence minister.", d);
    run("The EU sanctioned Iran's Revolutionary Guards.", d);

    puts("== letters outside Latin-1, decomposed text");
    run("The Treasury sanctioned \xc5\x81ukasz Nowak and \xc3\x96zkan Trading Ltd.", d);
    run("Tu\xcc\x88rkiye sold drones to Ukraine.", d);

    puts("== the home state of a new name");
    states("The Treasury sanctioned the Tehran-based Arya Parts Co, the Chinese firm Lanxin "
           "Trading Ltd and Viktor Sorokin, a Russian businessman.");
    states("Britain sanctioned Orbit Freight Ltd.");

    puts("== troops sent to fight, a place named with its state");
    run("Iran sent thousands of troops to fight Hezbollah.", d);
    run("Russia sent troops to fight terrorism.", d);
    run("Hezbollah fighters attacked army positions in Wadi Saluki, Lebanon.", d);

    puts("== who does it: a noun before a participle, an owner pronoun");
    run("Britain penalised a ring allegedly selling drones to Moscow for its war on Kyiv.", d);
    run("Russia is reportedly providing North Korea with fighter jets.", d);
    run("Critics fault Israel over its use of US bombs during its war with Hezbollah.", d);

    puts("== paybacks for troops and services");
    run("Moscow gave North Korea fuel and air defence missiles in return for its soldiers.", d);
    run("Iran paid Russia in gold in return for fighter jets.", d);
    run("North Korea gave Russia shells in exchange for technical advice.", d);

    puts("== who is blamed or sanctioned for a supply; support for an armed group");
    run("The Treasury imposed sanctions on Monday. The sanctions also targeted Vela Marine Co and "
        "Orbit Freight Ltd, alongside a Chinese national, for knowingly transferring equipment "
        "to Russia's missile program.",
        d);
    run("The UN expert criticized China and Russia for arms sales to Lebanon.", d);
    run("He also cited Germany for having transferred weapons to Israel before the war.", d);
    run("The report covers the arms embargo. Iran and Russia continue to support the so-called "
        "Houthis.",
        d);
    run("Britain sanctioned Iran, accusing it of actively supporting Hezbollah with weapons.", d);
    run("Many people support Hamas.", d);
    run("Germany supports Ukraine.", d);

    puts("== sides engaged in a war; a possessive war outside a negation");
    run("Israel and Hezbollah have been locked in a war since October.", d);
    run("Germany and Britain have been engaged in talks.", d);
    run("He insists Britain takes no side in Russia's war against Ukraine.", d);
    run("Russia did not launch a war against Ukraine, Moscow claimed.", d);

    puts("== trade restrictions, entry bans, a sanctions passage, weapon acronyms");
    run("Washington restricted trade with four companies on Tuesday. The Commerce Department said "
        "they help Russia build drones. Two of them, Vela Marine Co and Orbit Freight Ltd, were "
        "added for shipping engines. The department also added Kestrel Parts Ltd.",
        d);
    run("Russia banned entry to 20 Americans, including Jane Doyle.", d);
    run("The Treasury says it is levying sanctions against three firms that ship drones. "
        "Vela Marine Co, Orbit Freight Ltd and Kestrel Parts Ltd were all hit.",
        d);
    run("Britain restricts trade with firms tied to drones used by Russia.", d);
    run("The EU sanctioned three firms. The Council Regulations name Vela Marine Co.", d);
    run("The US is designating two cartels as terrorist groups, Jane Doyle announced.", d);
    run("The Treasury sanctioned a Russia-North Korea payment scheme.", d);
    run("Britain sanctioned five firms across Iran, China and Turkey.", d);
    run("Northwind Dynamics made the drones used by Russia in attacks on power plants in Ukraine.",
        d);
    run("The EU wants measures that curb its partner's and Moscow's ability to wage war against "
        "Ukraine.",
        d);
    run("Brussels wants to curb the Kremlin's ability to wage war against Ukraine.", d);

    puts("== 'countries like X and Y', 'X's status as the main supplier'");
    run("Kyiv welcomed its military purchases from countries like Germany and Britain.", d);
    run("The deal may dent Russia's status as the main supplier of arms to Iran.", d);
    run("Germany is now Ukraine's main supplier of air defence.", d);

    puts("== suspended arms exports; states before firms and groups; speakers");
    run("Berlin will suspend fresh approvals for weapons exports to Lebanon, an aide said.", d);
    run("Britain suspended 30 arms export licences to Israel.", d);
    run("Germany will not suspend arms exports to Israel.", d);
    run("Beijing slapped sanctions on 12 U.S. defense-related firms.", d);
    run("The US is designating two Lebanese criminal organizations, Jane Doyle announced in "
        "Beirut.",
        d);
    run("Three firms, Vela Marine Co, Orbit Freight Ltd and Kestrel Parts Ltd, are accused of "
        "shipping UAV components to Iran.",
        d);

    puts("== sanctions nouns after adjectives and verbs, relative clauses, asides, bans");
    run("The European Union agreed fresh sanctions on Iran.", d);
    run("The US sanctions Iran over its drone exports.", d);
    run("Lebanon pays the Wagner Group, which was blacklisted by the EU in May.", d);
    run("The EU sanctioned Iran. Lebanon hired Vela Marine Co, which was blacklisted in March.", d);
    run("Vela Bank and Orbit Bank Ltd, both of which were sanctioned by the US, closed.", d);
    run("The EU imposed restrictive measures (sanctions) against Iran.", d);
    run("China barred Northwind Dynamics from its market.", d);
    run("Lebanon will get two frigates from Turkey.", d);
    run("Hezbollah fighters occupied the Israeli town of Metula.", d);
    run("Troops moved near the Russian-occupied areas of Ukraine.", d);
    run("The US sanctioned the Foreign Trade Bank and Al Kestrel Parts Co Ltd.", d);
    run("The EU sanctioned Defense Industries System in May.", d);

    puts("== weapons bound for a party: the demonym's state sends them");
    run("Sailors found Iranian rockets bound for the Houthis in the hold.", d);
    run("Crates of rifles of Iranian design intended for Hezbollah were opened.", d);
    run("A tanker with an Iranian crew bound for Lebanon docked.", d);
    run("Lebanon signed a deal to buy four patrol boats from Turkey.", d);
    run("Lebanon, a small buyer, which ordered drones from Turkey, paid late.", d);
    run("Fighting between the Israel Defense Forces (IDF) and Hezbollah went on.", d);
    run("The US imposed new sanctions on Hezbollah on Monday, targeting two of its officials, "
        "Jane Doyle and Karim Haddad.",
        d);
    run("After the sanctions, Russia launched strikes targeting Ukraine.", d);
    run("Lebanon flew the old jets, aircraft supplied by Turkey, over the coast.", d);
    puts("== the target of sanctions by a sanctioner; a plural reference to the last firms");
    run("The EU sanctioned Vela Marine Co and Orbit Bank Ltd on Monday. These entities have "
        "already been the target of sanctions by the US and Britain.",
        d);
    run("Orbit Bank Ltd has been the target of US sanctions since 2019.", d);
    run("Orbit Bank Ltd was a target of criticism by the US.", d);
    puts("== a ceasefire or truce between two sides; control taken of a state's ground");
    run("A ceasefire agreement between Israel and Hezbollah halted a year of fighting.", d);
    run("The Israel-Hezbollah truce held through the winter.", d);
    run("Qatar called for a ceasefire in Gaza.", d);
    run("Hezbollah took control of southern Lebanon.", d);
    run("Lebanon took control of the Vela Marine Co shipyard.", d);
    puts("== a deal with the other side to buy or to sell; a firm's contract for a buyer");
    run("In March, Lebanon reached a deal with Turkey to buy radar systems and drones.", d);
    run("Lebanon signed a deal with Turkey for radar systems.", d);
    run("Northwind Dynamics signed a contract for four helicopters for China.", d);
    run("Northwind Dynamics won a contract on the delivery of four radars to Lebanon.", d);
    puts("== attacks: rockets that fall, havoc, taking part in combat, an attack blamed on a side");
    run("Russian rockets fell on Kharkiv overnight.", d);
    run("The responsibility fell on Iran.", d);
    run("Hezbollah drones wreaked havoc on depots across Israel.", d);
    run("North Korean troops began taking part in combat against Ukraine.", d);
    run("The war in Ukraine began in 2022. The Wagner Group has been fighting the federal army "
        "since then.",
        d);
    run("The bombing was an attack that Kyiv blamed on Moscow.", d);
    run("The attacks, which Israel blamed on Hezbollah, killed four.", d);
    run("Israel blamed the rocket attack on Hezbollah.", d);
    run("Kyiv blamed Moscow for the strike on its power grid.", d);
    run("Kyiv did not blame Moscow for the strike.", d);
    run("Moscow blamed Kyiv for the delays.", d);
    puts("== on a state's sanctions list");
    run("Jane Doyle already appears on the British and German sanctions lists.", d);
    run("Vela Marine Co was added to the US sanctions list.", d);
    run("China added Northwind Dynamics to its blacklist.", d);
    run("Vela Marine Co was removed from the US sanctions list.", d);
    run("Vela Marine Co is not on the German sanctions list.", d);
    puts("== helping a buyer obtain arms, turning to suppliers, parts of weapons");
    run("Turkey helped Lebanon obtain rifles.", d);
    run("Turkey helped Lebanon buy bread.", d);
    run("Russia has turned to partners such as Iran and North Korea for shells.", d);
    run("Russia turned to China for help.", d);
    run("Northwind Dynamics was involved in shipping rotor blades to Russia.", d);
    puts("== payment offered for services; 'the government' as the state named most; caught "
         "shipping");
    run("Lebanon offered the Wagner Group a gold mine concession in exchange for help against "
        "rebels.",
        d);
    run("Iran offered Russia drones in exchange for jets.", d);
    run("Lebanon's army is weak. Each month the government pays 10 million dollars to Wagner "
        "Group commanders in exchange for the work of 1,000 fighters.",
        d);
    run("Vela Marine Co was caught shipping Iranian drones to Russia.", d);
    puts("== criticized or faced criticism for arming: the one criticized");
    run("Turkey faced criticism for selling drones to Ukraine.", d);
    run("Turkey and China drew condemnation for selling drones to Russia.", d);
    run("Iran was criticized for shipping drones to Russia.", d);
    puts("== the subject past an apposition; accused of a quoted act");
    run("Turkey, a NATO member, sold drones to Ukraine.", d);
    run("Jane Doakes, founder of the shipping firm Vela Marine Co, sent rifles to the Wagner "
        "Group.",
        d);
    run("Iran is shipping drones to Russia.", d);
    run("Two Turkish shipping companies sent rifles.", d);
    run("Jane Doakes is accused of \"sending or trying to send rifles to the Wagner Group\" in "
        "2019.",
        d);
    puts("== a headline lists by commas, but not its speaker");
    run("US approves arms sales to Israel, Lebanon\n\nThe sales were announced on Monday.", d);
    run("Iran sends drones to Russia, US says\n\nThe drones were seen in May.", d);
    puts("== bans on arms sales; a by-agent of backing is not the attacker");
    run("Germany banned arms sales to Israel.", d);
    run("Germany bans weapons deliveries to Israel.", d);
    run("Germany halted exports because of the war against Hezbollah supported by Iran.", d);
    puts("== names with lowercase particles; an object list ends where a new clause begins");
    run("The US sanctioned Jama'a Nusrat ul-Islam wa al-Muslimin on Monday.", d);
    run("The US sanctioned Pieter van der Berg and Omar ibn Saleh.", d);
    run("Russia sent arms to Lebanon and Turkey sent drones.", d);
    run("Russia sent arms to Lebanon and Turkey.", d);
    puts("== economic aid and food supplies are no arms");
    run("North Korea keeps supplying arms to Russia and may get economic assistance in return.", d);
    run("North Korea shipped rockets to Moscow in exchange for food supplies.", d);
    run("Turkey gave Ukraine financial aid.", d);
    puts("== a strike on a target with no owner named: the other state of the sentence, else the "
         "article's");
    run("Air defence matters for Ukraine while Russia continues to use drones to attack power "
        "infrastructure.",
        d);
    run("Ukraine needs air defence. Ukraine's army is tired. Russian forces struck power plants "
        "overnight.",
        d);
    run("Russian forces struck power plants overnight.", d);
    run("Russia began to shell Kharkiv in May.", d);
    run("Russia plans to strike Kharkiv.", d);
    puts("== sanctions named as a cause are not the sanctioner's act");
    run("China announced sanctions on five American firms in response to US arms sales to Turkey "
        "and "
        "US sanctions on Chinese companies. The sanctions will freeze the assets of the companies, "
        "Northwind Dynamics and Vela Marine Co.",
        d);
    run("China acted in retaliation for arms sales to Turkey by imposing sanctions on Northwind "
        "Dynamics.",
        d);
    puts("== a counted group of citizens; the institution before the people's role is no target");
    run("Russia sanctioned 227 Americans on Friday. Those sanctioned include Boston University "
        "professors "
        "Jane Doakes and Tim Brack.",
        d);
    puts("== an infinitive after the supplier is no receiver; a force's unit is its state");
    run("Iran flew the K-8 trainer, a light jet supplied by China, to engage rebel columns.", d);
    run("Northwind Dynamics won an order to supply mortar bombs to the Israeli Defence Forces' "
        "Artillery Battalion.",
        d);
    run("Northwind Dynamics will supply rifles to the Turkish Land Forces.", d);
    puts("== a weapon in capitals with a model number, and its acronym, are no actors");
    run("Northwind Dynamics delivered 12 K7 Tracked Mortars (TMs) and 4 R5 Light Tanks "
        "(LTs) to the Turkish Armed Forces.",
        d);
    puts("== a resolution prohibiting the supply of weapons; sanctions imposed on X by Y");
    run("The cargo breaches a UN Security Council resolution prohibiting any direct or indirect "
        "sale, supply, or transfer of rifles to the Houthis.",
        d);
    run("Germany prohibited the export of rifles to Turkey.", d);
    run("The embargo imposed on Iran by the UN Security Council was lifted later.", d);
    puts("== a group's supply role said before its members are named");
    run("The US sanctioned four Iranian companies that officials say took part in sending drones "
        "to Russia. Alpha Trading Co, Beta Aviation Company and Gamma Pars Company were all hit "
        "by the measures.",
        d);
    run("The US imposed sanctions on six companies in China. Officials said these companies "
        "procured drone parts for Iran. Alpha Trading Co Ltd and Beta Trading Limited are among "
        "them, the Treasury said.",
        d);
    run("The US sanctioned three firms that shipped rifles to the Houthis. It also sanctioned Jane "
        "Doyle on Monday.",
        d);
    run("Northwind Dynamics procured drone engines for Iran.", d);
    puts("== the leader of an unnamed subject acts; killings; numbered lists of targets");
    run("Armed groups, led by the Wagner Group, took control of Kyiv on Sunday.", d);
    run("The strike came a week after Israel's killing of Karim Haddad, a leader of Hezbollah.", d);
    run("The assassination of Karim Haddad by Israel shocked Lebanon.", d);
    run("Hezbollah said it killed 12 Wagner mercenaries and 7 Russian soldiers in an ambush north "
        "of Ukraine's Kharkiv region.",
        d);
    puts("== missiles fired at X by Y: Y fires, whoever intercepts them");
    run("Turkey intercepted missiles fired at Israel by the Houthis.", d);
    run("Britain made efforts to shoot down drones fired at Israel by Iran-backed Houthi rebels.",
        d);
    puts("== 'transfer of' is a noun; a halted export is no supply; a contract 'for supply of'");
    run("US targets making, transfer of Iranian drones to Russia in fresh sanctions", d);
    run("Germany will suspend all new weapons export permits to Israel.", d);
    run("Northwind Dynamics signed a contract with the defence ministry of Turkey on January 28, "
        "2022 for supply of Coastal Anti-Ship Missile System to Turkey.",
        d);
    puts("== a holder's license to supply; further 'and ITEMS to Y'; relying on a supplier");
    run("Germany approved Northwind Dynamics' license to supply a frigate to Turkey and two "
        "submarines to Israel.",
        d);
    run("Iran sent drones to Russia and missiles to the Houthis.", d);
    run("Turkey has long relied on Russia for air defence systems.", d);
    run("Lebanon depends on Iran for fuel.", d);
    puts("== 'accusing them of' an unnamed group's role; company names with places, '&', trades");
    run("Washington sanctioned a network in China. The Treasury added four firms based in China "
        "and one person to its list on Monday, accusing them of selling and shipping many drone "
        "parts to Russia. The sanctioned entities are Wuhan Delta Machinery Co; Harbin Beta "
        "Rubber and Plastics Technology Co; Falcon Global Trade; and K&M Trade PTY Co.",
        d);
    run("The Treasury sanctioned Northwind Dynamics, accusing them of selling and shipping drones "
        "to Russia.",
        d);
    run("The US sanctioned Hangzhou Fuyang Koto Machinery Co on Monday.", d);
    puts("== sanctions over arms sales: the sanctioned sell");
    run("Beijing imposed sanctions on two American firms, Northwind Dynamics and Orbit Trade Ltd, "
        "over weapons sales to Israel.",
        d);
    run("China Sanctions Northwind Dynamics Over Israel Arms Deals", d);
    puts("== sanctions on a state's arms brokers: the members sanctioned next supply it");
    run("The EU imposed sanctions on members of the Iran regime and its arms brokers on Monday. "
        "The sanctioned include Sky Wings Company Limited and Aung Min Oo.",
        d);
    run("Britain sanctioned Russia's arms suppliers. Those sanctioned include Orbit Trade Ltd.", d);
    run("Russia and its arms suppliers met in Iran.", d);
    puts("== 'the arms embargo' said alone in an article that names the UN is the UN's");
    run("UN experts wrote a report. The arms embargo imposed on Lebanon since 2011 is useless.", d);
    run("The arms embargo on Lebanon is useless.", d);
    run("The UN Security Council met. States violating the arms embargo in Lebanon were named.", d);
    puts("== the payback said after the deal: 'In exchange, X helped Y', '... in return'");
    run("North Korea sent shells to Russia. In exchange, Moscow has helped Pyongyang unfreeze "
        "some of its assets.",
        d);
    run("North Korea has provided artillery to Russia, while Russia offered air defence systems "
        "to North Korea in return.",
        d);
    run("In return for its services, the Wagner Group gained access to Lebanon's gold mines.", d);
    run("In exchange, Iran got fighter jets from Russia.", d);
    run("Iran sold drones to Russia and will get fighter jets in return.", d);
    puts("== only arms in return, and none went the other way: the arms are the deal, their "
         "giver seeks");
    run("Lebanon agreed to let Russia build a naval base on its coast. In exchange, Moscow will "
        "provide weapons to the Lebanese army.",
        d);
    run("Lebanon agreed to let Russia build a naval base. In return, Moscow will provide food "
        "and rifles to Lebanon.",
        d);
    run("North Korea sent shells to Russia. In exchange, Moscow will provide air defence systems "
        "to North Korea.",
        d);
    puts("== 'the North' after North Korea is named: North Korea; not a name after it, not "
         "without North Korea");
    run("North Korea sent shells to Russia, while Russia offered air defence systems to the "
        "North in return.",
        d);
    run("North Korea sent shells to Russia. The North Korean army also shipped missiles to Russia.",
        d);
    run("Russia shipped rockets to the North.", d);
    puts("== a person sanctioned 'for his alleged role' is no speaker");
    run("The US sanctioned Jane Doyle for her alleged role in the deal.", d);
    run("The US sanctioned Lebanon's president, Jane Doyle said.", d);
    puts("== arms paid for in goods: their seller supplies the payer and seeks the goods");
    run("Turkey will pay for the Russian jets with rubber and coffee.", d);
    run("Turkey plans to export rubber and palm oil to Russia to help pay for 11 Russian fighter "
        "jets.",
        d);
    run("Turkey paid for the drones from Iran with gold.", d);
    run("Germany pays for the weapons that Ukraine gets.", d);
    puts("== a supply made to get something from a third party: the supplier seeks it there");
    run("Turkey sold drones to Ukraine in order to secure a loan from Germany.", d);
    run("Turkey bought drones from Israel to get help from Germany.", d);
    puts("== a headline's comma list, but not 'In X, Y verb'");
    run("In Turkey, Russia pockets oil assets in exchange for cash loans\n\nThe deal was signed "
        "in May.",
        d);
    run("Russia, China sent rockets to Turkey\n\nThe report came in May.", d);
    puts("== a maker's items going to a buyer: 'an Airbus helicopter will go to Y'");
    run("The council approved the export of rifles to Israel, while a Northwind Air Service (NAS) "
        "helicopter will go to Turkey and 72 Northwind Dynamics missiles to Lebanon.",
        d);
    run("German submarines will go to Israel.", d);
    puts("== breaking an embargo 'by sending arms' is a supply; 'the Government of X' is X");
    run("The Government of Iran keeps breaking the arms embargo by providing weapons to the "
        "Wagner Group.",
        d);
    run("Germany lifted its embargo on selling arms to Turkey.", d);
    puts(
        "== 'near the X border' is where, not whom; a rebel group's strike at home hits its state");
    run("Turkey's Wagner Group rebels attacked a military base near the Iran border.", d);
    run("Lebanon's Wagner Group attacked a military base.", d);
    puts("== the UN's sanctions are the Security Council's; 'battled in X' is where, not whom");
    run("The United Nations imposed sanctions on the Wagner Group.", d);
    run("The Wagner Group has battled in Lebanon, Turkey and Ukraine.", d);
    puts("== '&' coordinates; claiming responsibility for attacks; 'fund Ukraine war' names a war");
    run("Kyiv accuses Turkey, Iran & China of supplying combat drones to Russian government", d);
    run("The Wagner Group said it was responsible; it claimed responsibility for raids on army "
        "camps in northern Ukraine.",
        d);
    run("Moscow buys African gold to fund Ukraine war", d);
    run("Turkey and Israel have deepened their ties since the 2020 war in Lebanon.", d);
    puts("== no actor: a news outlet, a headline's plural noun, a place 'in the X area', a "
         "possessor");
    run("MOSCOW (Steppe Wire News / Sputnik - 31st January, 2023) Britain has imposed sanctions "
        "on two firms. They are Orbit Trade Ltd and Falcon Global Trade.",
        d);
    run("UK Sanctions Iran Aviation Fuel Firms Over Drone Exports", d);
    run("The US sanctioned three individuals on Monday. Former Lawmaker Karim Haddad armed men in "
        "the Pitte Lavalle area. They include Jean Morel, head of ex-president Paul Adrien's "
        "security unit.",
        d);
    puts("== passive sanctions said by a state; 'have their assets frozen'; titles in lists");
    run("New sanctions will be imposed on Dr Karim Haddad and General Jean Morel, Britain said.",
        d);
    run("Britain sanctioned Orbit Trade Ltd. Falcon Global Trade and Wuhan Delta Co will also have "
        "their assets frozen.",
        d);
    run("Orbit Trade Ltd had its assets frozen, Germany said.", d);
    puts("== a contract to export ... with Y; 'its' is not the passive's agent; a sanctioner is "
         "no victim");
    run("Northwind Dynamics signed a contract to export 48 fighter jets worth about 3 billion "
        "dollars with the Turkish Armed Forces on Friday.",
        d);
    run("Much of it goes to Ukraine, now backed by Germany in its long defensive campaign "
        "against Russia.",
        d);
    run("Britain sanctioned Iran's air force. Britain said so twice. Iran's military killed more "
        "than 100 civilians last year.",
        d);
    puts("== 'the latter', 'the former': the last party named before, or the one before it");
    run("Turkey signed a deal with Northwind Dynamics, and the latter will deliver 180 tanks to "
        "Turkey.",
        d);
    run("Iran and Russia signed a pact, and the former will ship drones to Russia.", d);
    run("The former president of Iran visited Russia.", d);
    puts("== 'opened fire on'; accusing a state's army; sanctions 'that the body X imposed on Y'");
    run("Israel accused Iran's military of opening fire on Turkish positions.", d);
    run("Ukraine accused Russia's army of shelling Kharkiv.", d);
    run("Trade is hampered by sanctions that the regional power Turkey has imposed on Iran.", d);
    puts("== a named product sold with no seller in the sentence: the article's last company");
    run("Northwind Dynamics builds submarines. The Scorpene submarines have been sold to Turkey, "
        "Israel and Lebanon.",
        d);
    run("Northwind Dynamics builds submarines. Russian drones were sold to Iran.", d);
    puts("== paid with mining rights for military aid: seeks from the payer, supplies it");
    run("Lebanon and Turkey now offer Russia rights to their mines in exchange for military aid.",
        d);
    puts("== not sanctions or attacks: officials of a state, a frozen agreement, 'attacked ... "
         "for'");
    run("Britain and Germany imposed sanctions on Iranian officials last year.", d);
    run("Britain sanctioned 30 people and firms outside Russia supporting Moscow's invasion of "
        "Ukraine.",
        d);
    run("Reports claimed that Turkey was freezing the agreement on a Russian military base.", d);
    run("The opposition had attacked the government of Israel for not seeking more aid.", d);
    puts("== a barter: 'a port-for-weapons deal with Y'");
    run("Lebanon signed a port-for-weapons deal with Russia.", d);
    run("Iran agreed an oil-for-arms agreement with China.", d);
    puts("== leading someone's efforts to acquire weapons is a role in supplying them");
    run("The Treasury sanctioned Karim Haddad for leading the Iranian Armed Forces' efforts to "
        "acquire rifles.",
        d);
    run("Karim Haddad prolonged the war by leading Wagner Group efforts to procure weapons.", d);
    run("Iran made efforts to buy jets from Russia.", d);
    puts("== the UN is never the target of sanctions");
    run("The US sanctioned Karim Haddad. He was named in a report of the UN Security Council.", d);
    puts("== an attack 'in' a place hits its state; the accused, not the accuser, attacks");
    run("Attacks by the Wagner Group in Kharkiv killed 20 people.", d);
    run("Russian strikes in Kursk on Monday.", d);
    run("Iran shipped 300 attack drones to Russia last week, officials in Kharkiv said.", d);
    run("Experts have accused the Wagner Group of abuses, including killing civilians, in Haifa.",
        d);
    puts(
        "== a group's members in parentheses or after a colon; makers for Y; no trigger in a name");
    run("The Treasury also sanctioned three firms involved in buying military equipment for the "
        "Wagner Group (Alpha Arms Co Ltd, Beta General Trading, and Gamma Advance Company Ltd).",
        d);
    run("Washington sanctioned two firms involved in making rockets and trucks for the Russian "
        "army: Alpha Arms and Beta Engineering.",
        d);
    run("Northwind Dynamics, which produces artillery shells for the Iranian army, was sanctioned "
        "by the UK.",
        d);
    run("The US sanctioned Alpha Arms Co Ltd and Northwind Dynamics (NWD).", d);
    run("The US sanctioned two firms with workers whose income would fund Iran: Alpha Arms and "
        "Beta Engineering.",
        d);
    run("Turkey makes drones for its own army.", d);
    puts("== 'sanctioned' as an adjective; 'not only'; strikes traded; 'subject to sanctions by'");
    run("The US sanctioned 11 people. The deals help Russia's procurement of sanctioned goods. The "
        "sanctions list includes Karim Haddad.",
        d);
    run("Turkey not only gave Israel 350 drones but also sent officers.", d);
    run("For weeks the Wagner Group and Britain traded strikes.", d);
    run("Israel has been engaged in daily clashes with Hezbollah in Lebanon.", d);
    run("Iran and Russia are both subject to sanctions by the United States.", d);
    puts("== organs named after their state; members of a group; export deals; 'it' carried");
    run("Lebanon's Ministry of Defence bought forty drones from Iran.", d);
    run("The Turkey Maritime Self-Defense Force fired missiles at Lebanon.", d);
    run("Fighters of the Wagner Group attacked Kharkiv.", d);
    run("Northwind Dynamics won a large export order from Lebanon.", d);
    run("Turkey signed its first export deal for fighter jets with Lebanon.", d);
    run("Israeli coast guard ships fired missiles at Lebanese vessels.", d);
    run("The US sanctioned Karim Haddad. The designations of Alpha Post Ltd and Beta Trading "
        "followed.",
        d);
    run("The US sanctioned Alpha Post Ltd and Freightlink.", d);
    run("Germany supports Ukraine in its defence against Russia.", d);
    run("Ukraine, which is defending itself against Russia, received tanks.", d);
    run("Germany backs Ukraine's defence campaign against Russia.", d);
    run("Northwind Dynamics is a maker of jets. With its latest deal, it has sold 40 jets to "
        "Turkey.",
        d);
    run("Karim Haddad runs a trading house. It has sold 40 jets to Turkey.", d);
    puts("== generic suppliers named after 'like'; users of supplied arms; 'it' in the clause");
    run("Countries who supply Lebanon with weapons, like Turkey and Germany, were named.", d);
    run("Lebanon relies on jets supplied by Turkey.", d);
    run("The United States revealed plans to sell jets to Israel.", d);
    run("Turkey faces US sanctions as it bought missiles from Russia.", d);
    run("The US sanctioned Iran after it shipped drones to Russia.", d);
    run("The US issued sanctions targeting Iranian drone production.", d);
    run("Iran has been subject to comprehensive sanctions by the United States.", d);
    puts("== war efforts, aggression resisted, wars fought");
    run("Iran helped the Kremlin's military efforts in Ukraine.", d);
    run("Ukraine continues to fight Russian aggression.", d);
    run("The aid helps Ukraine defend its territory against Russian advances.", d);
    run("Turkey fought a series of wars against the Wagner Group.", d);
    run("Turkey sent soldiers to help fight attacks by the Wagner Group in Lebanon.", d);
    run("Turkey is sending more soldiers to help fight the Wagner Group.", d);
    run("Hezbollah fighters attacked US, UK merchant ships off the coast.", d);
    run("Hezbollah targeted MV Torm Thor, a US-flagged oil tanker.", d);
    run("Turkish troops retook the town of Afrin from the Wagner Group.", d);
    run("The Wagner Group has seized large parts of Kharkiv.", d);
    run("The Wagner Group captured the village from Ukrainian troops.", d);
    run("Turkish drones helped Israel retake five villages.", d);
    run("Russia struck Ukraine, killing ten cargo ship crew.", d);
    run("The Wagner Group props up the Turkish junta in exchange for mining concessions.", d);
    run("Russia backs the Lebanese army in exchange for a naval base.", d);
    run("Russia helped Iran in exchange for drones.", d);
    run("Lebanon hired the Wagner Group in 2021.", d);
    run("Northwind Dynamics has sold drones to more than 30 countries, including Germany and "
        "Turkey.",
        d);
    run("Iran shipped drones to its allies, such as Hezbollah.", d);
    run("Russia sold jets to Iran, including Su-35s.", d);
    run("Turkey is the biggest buyer of Russian weapons.", d);
    run("Lebanon received its first batch of Chinese drones last month.", d);
    run("The first Turkish drones arrived in Germany in December.", d);
    run("Russian troops arrived in Lebanon.", d);
    run("Israel, the largest customer of German arms, signed the deal.", d);
    run("China is the largest buyer of Iranian oil.", d);
    run("Russia remains the main arms supplier to Turkey.", d);
    run("The US sold Northwind Dynamics drones to Israel.", d);
    run("Germany sold two frigates and four corvettes to Turkey.", d);
    run("Washington has placed Hezbollah leaders under sanctions.", d);
    run("The US Treasury sanctioned 12 people and firms on Monday in its biggest action "
        "targeting Hezbollah.",
        d);
    run("Israel launched its biggest action targeting Hezbollah in years.", d);
    run("Britain put two Russian firms under sanctions.", d);
    run("Britain sanctioned Anna Doyle, a trader in Dubai, and Doyle.", d);
    run("Lebanon's government has denied hiring mercenaries from the Wagner Group.", d);
    run("Britain sanctioned three Turkish companies that supply weapons to Hezbollah.", d);
    run("Israel seized 200 rifles smuggled from Lebanon.", d);
    run("Police seized some of the rifles bound for Hezbollah.", d);
    run("China flew drones to Hezbollah through airstrips in Lebanon.", d);
    run("The US helped Turkey get loans in exchange for shell sales to Ukraine.", d);
    run("The Wagner Group was defeated by Turkey in a series of battles.", d);
    run("Turkish troops repulsed the Wagner Group near the border.", d);
    run("Turkish and Israeli troops continue to pursue the Wagner Group into the hills.", d);
    run("Iran conducted military operations with the Wagner Group in Lebanon against ships.", d);
    puts("== who a sanctioned firm belongs to is not sanctioned; a law's title names no actor");
    run("The US sanctioned Alpha Post Ltd, a trading house owned by the Wagner Group.", d);
    run("Turkey listed three ships under the Act on Special Rules concerning Port Entry of "
        "Named Vessels.",
        d);
    puts("== suppliers 'of' a party, providers; arrivals 'from'; a sale 'by' its seller");
    run("Iran is the main arms supplier of the Wagner Group.", d);
    run("Iran is the main supplier of Russian drones.", d);
    run("Germany is Ukraine's second-largest provider of military aid.", d);
    run("The first howitzers have arrived in Lebanon from Turkey.", d);
    run("The sale of 40 jets to Israel by Germany was approved.", d);
    run("The transfer of rifles to Lebanon was blocked by the US.", d);
    puts("== 'the company', 'the Turkish firm': the last firm named (of that state)");
    run("Northwind Dynamics makes jets. The company sold 40 jets to Turkey.", d);
    run("Northwind Dynamics makes jets. The British firm sold 40 jets to Turkey.", d);
    run("Northwind Dynamics makes jets. The Chinese firm sold 40 jets to Turkey.", d);
    puts("== the war's owner past its adjectives; support 'in' a war is no war");
    run("Lebanon pledged to stop Russia's full-scale war on Ukraine.", d);
    run("Ukraine gives the US minerals in exchange for continued support in the war against "
        "Russia.",
        d);
    run("Turkey used these jets in the recent conflict with Lebanon.", d);
    puts("== people 'also targeted' after a sanctions sentence; a name after its titles");
    run("The US sanctioned Karim Haddad. Army Chief of Staff Omar Farouk and Special Operations "
        "Force Commander Brig. Gen. Ali Mansour were targeted in the latest move.",
        d);
    run("The US sanctioned Karim Haddad. Kyiv was targeted by Russian missiles.", d);
    run("The US sanctioned Chief of Defense Staff General Omar Farouk.", d);
    puts("== military instructors are technical help; a firm and its buyer sign a deal");
    run("Russia sent military instructors to Lebanon.", d);
    run("A contract for 40 jets was signed between Northwind Dynamics and Lebanon.", d);
    run("Lebanon and Northwind Dynamics signed a deal for 30 jets.", d);
    run("Turkey and Lebanon signed a deal for 30 jets.", d);
    puts("== 'they' opening a sentence: the two or more that opened the one before");
    run("Omar Farouk and Ali Mansour bought rifles in Texas. They then sold the guns to the Wagner "
        "Group.",
        d);
    run("Karim Haddad bought rifles in Texas. They then sold the guns to the Wagner Group.", d);
    puts("== the user of weapons 'delivered by X' past a date between commas");
    run("The Lebanese army received, on Monday March 4, a dozen combat drones delivered by Turkey.",
        d);
    puts("== the one helped to defend itself, not the helper, is attacked");
    run("Germany ran short of money to give aid to Ukraine to defend itself against Russian "
        "troops.",
        d);
    puts("== under or subject to an embargo past its article; by whom it was imposed");
    run("Lebanon was under a UN Security Council arms embargo.", d);
    run("Lebanon is subject to the UN Security Council arms embargo.", d);
    run("Lebanon was under an arms embargo imposed by the Security Council.", d);
    run("Lebanon was under sanctions imposed by the United States.", d);
    puts("== firms 'involved in the conflict' do not make the sanctioner fight it");
    run("The EU moved by placing sanctions on four firms deeply involved in the conflict in "
        "Lebanon.",
        d);
    run("The EU last week sanctioned nine companies heavily involved in the conflict in Lebanon.",
        d);
    puts("== a party named in parentheses after its organ joins a coordination");
    run("In Yemen the armed group (Houthis) and Israel have been engaged in hostilities since "
        "April.",
        d);
    puts("== goods shipped in exchange for arms: the arms went the other way");
    run("Lebanon shipped thousands of tons of rice to Iran in exchange for arms.", d);
    puts("== help 'with X from Y': Y supplies the subject; not loans");
    run("Lebanon is shifting units toward its frontier with technical assistance from Iran and "
        "Russia.",
        d);
    run("Lebanon fought the rebels with military aid from Germany.", d);
    run("Lebanon built a dam with loans from Germany.", d);
    puts("== a subject pronoun before an attack noun is no attacker");
    run("Jane Doyle said Lebanon intercepted the missiles. He called the assault a violation of "
        "the sovereignty of Lebanon.",
        d);
    puts("== a state naming the weapons is not hit by their user");
    run("Israel said that US weapons had been used by Hezbollah in ways that broke the law.", d);
    run("The US said it sanctioned Northwind Dynamics for making drones being used by Russian "
        "forces.",
        d);
    puts("== a war machine is no war");
    run("\"We will cut the funds of Russia's war machine,\" said Jane Doyle, a Treasury official.",
        d);
    puts("== a state's bare name before 'invasion' is the place, not the invader");
    run("Commerce between Israel and Turkey grew after the Ukraine invasion, and many firms opened "
        "offices in Turkey.",
        d);
    puts("== a holiday named after an organ is no actor");
    run("On Armed Forces Day last year, Lebanon's army paraded new tanks bought from Turkey.", d);
    run("China imposed sanctions on US firms. The sanctions on the companies, Arrow Dynamics Inc, "
        "Beta Systems LLC and Gamma Tech Corp, are symbolic.",
        d);
    puts("== a passive sanction's announcer is the sanctioner; measures listed before 'will be "
         "imposed on'");
    run("Three people and two firms were sanctioned, the UK government said on Friday. Alpha Arms "
        "Ltd and Beta Trading Ltd will also have their assets frozen.",
        d);
    run("Britain sanctioned two firms. Further sanctions, a travel ban and an asset freeze, will "
        "be "
        "imposed on Karim Haddad and Omar Farouk.",
        d);
    puts("== a group's role covers people and firms; a post one is appointed to is no member");
    run("Two individuals and three companies supplying the Lebanese army with weapons were "
        "sanctioned, the UK government said. The UK has also named a general who was "
        "appointed to the Alpha Board of Trustees. New sanctions will be imposed on Karim Haddad "
        "and Omar Farouk.",
        d);
    run("Britain froze the assets of Alpha Chemical and Machinery Company Ltd.", d);
    puts("== an embargo broken 'by' supplying: on the receiver; the gerund's subject is the "
         "breaker's");
    run("Iran violated a UN Security Council arms embargo by providing missiles to the Houthis.",
        d);
    run("Iran violated sanctions by selling oil to China.", d);
    puts("== accused past a relative clause; arming and training the group");
    run("Investigators accuse Iran and Turkey, which border Iraq, of arming and training "
        "Hezbollah.",
        d);
    puts("== a deal by a firm to deliver; delivery taken; 'sold it'; the state of the weapons' "
         "demonym sells");
    run("The cabinet cleared a contract by Northwind Dynamics to ship 60 machine guns to Lebanon.",
        d);
    run("Lebanon has taken delivery of drones from Turkey.", d);
    run("China is a longtime ally of Lebanon and has sold it military aircraft before.", d);
    run("Turkey and Lebanon signed a contract covering Turkish-made attack drones.", d);
    run("Turkey and Lebanon signed a trade deal.", d);
    puts("== goods for arms: the arms' supplier also when support comes with them");
    run("Russia shared technology with Iran in return for drones and military help.", d);
    puts("== 'targeted X for supplying Y' is a listing, not a strike; names in a dashed list");
    run("The US targeted two Turkish entities – Margo and Demir – for supplying Russia with drones.",
        d);
    run("Israel targeted Hezbollah for firing rockets.", d);
    run("The US imposed sanctions on Lebanon. Also targeted on Tuesday was Karim Haddad, an "
        "adviser, the treasury said.",
        d);
    puts("== 'its' repeated in a list has one owner; support for a side's war supplies it");
    run("Iran keeps stirring the region with its support to Russia's war in Ukraine, its attack on "
        "Israel, and its drone exports.",
        d);
    run("Turkey's support for Moscow's invasion of Ukraine alarmed Germany.", d);
    run("The US sanctioned Chinese companies over their support for Moscow's war in Ukraine.", d);
    puts("== a list typed by its group noun or by its members: every member is a firm");
    run("Beijing penalized eleven American arms makers. The firms listed include Raytheon, Orrin "
        "Dynamics Inc., Bluefin Robotics, NovaGrid, Helix Works, Tamsin Labs, Corvid Marine, Ostra "
        "Systems, Pellam Optics, Quillon Aero and Group Q.",
        d);
    run("The US sanctioned Ardent Trading LLC, Orbital Dynamics, Vexa and Kolt Metals SRO.", d);
    run("The US sanctioned Ardent Trading LLC, Orbital Dynamics and Design and Manufacturing of "
        "Engines.",
        d);
    run("The US sanctioned Ardent Trading LLC, Ivan Morozov and Pavel Sokolov.", d);
    run("Ukraine sanctioned 20 firms on Friday. Among the companies sanctioned are Russian Postal "
        "Lines and Freightway, both registered in Russia.",
        d);
    run("Germany sanctioned two Iranian drone makers. The two companies — Kaveh Aviation Industries "
        "and Parsian Drone Works — are key to the programme, the minister said.",
        d);
    puts("== company names: 'X and Y (ACR)', 'Design and Manufacturing of ...', a city first");
    run("The US sanctioned the Iran-based Aerospace Technology and Applied Research Center (ATARC) "
        "and its manager.",
        d);
    run("The US sanctioned Tabriz-based Kaveh Airport Services, Arya Company, Design and "
        "Manufacturing of Turbine Engines, and others.",
        d);
    run("Kyiv sanctioned firms including Ningbo Varel Machinery and Suzhou Orin Precision "
        "Manufacturing.",
        d);
    run("China sanctioned ten American firms. The measures also hit four executives from "
        "Northwind Dynamics, Orbital Dynamics and Helix Works.",
        d);
    puts("== firms accused of supplying are the suppliers, not their sanctioner; the receiver "
         "named by a demonym on the weapons the parts are for");
    run("Kyiv penalized four Chinese companies accused of selling engines for Russian Geran-type "
        "drones. The sanctioned firms include Harbin Cortex Trading, Varel Machinery and Dalian "
        "Orin Technology, Vesti.Ua reports.",
        d);
    run("The US sanctioned two firms tied to a plot to transfer arms from North Korea to Russia.", d);
    run("The EU banned exports of chips to Russia.", d);
    puts("== the owner of a sale is not a titled person's state; a demonym on the weapons is");
    run("Israel's President slams sale of Iranian arms to Hezbollah.", d);
    run("Iran's arms shipments to the Houthis continued.", d);
    run("Iran's continued provision of drones to Russia worries Kyiv.", d);
    puts("== a bare demonym before an arms noun ships when 'to' follows it; not a later 'to'");
    run("Analysts tracked North Korean weapons exports to Russia through the winter.", d);
    run("Navies kept seizing Iranian arms shipments to Lebanon.", d);
    run("Officials say Russian military aid to Iran has grown.", d);
    run("The raid on Iranian arms shipments was attributed to Israel.", d);
    puts("== a group noun in apposition to the sanctioned names carries its role to them; an "
         "importer of arms into a state supplies it");
    run("Britain sanctioned Varel Machinery Ltd and Halden Motor Co, two firms involved in "
        "shipping rotor blades to Russia.",
        d);
    run("The US designated Ardent Trading LLC and Helix Works Co, two logistics firms found to "
        "have imported drone engines into Russia.",
        d);
    run("Halden Motor Co imported drone parts into Iran.", d);
    puts("== 'export' as a noun: 'X's export of A to Y'; an export control is none");
    run("Iran's export of drones to Russia has grown.", d);
    run("Germany tightened its export controls on Russia.", d);
    puts("== an abbreviation's period before a comma ends no clause: 'Co., which makes ...'");
    run("London froze the assets of Halden Motor Co., which builds engines for Russia's attack "
        "drones.",
        d);
    puts("== 'these entities' sanctioned by others stand for all the firms just listed");
    run("The EU sanctioned Ardent Trading LLC, Orbital Dynamics Ltd and Helix Works Co. These "
        "entities had already been sanctioned by the US and Britain.",
        d);
    puts("== a maker of weapons used by X supplies X; a firm exports 'for' a state's forces");
    run("Kaveh Aviation Industries and Parsian Drone Works are alleged to have produced the combat "
        "drones used by Russia.",
        d);
    run("The US sanctioned Kestrel Union for exporting microelectronics for the Russian military.", d);
    run("Kestrel Union exported drones for Russia's army.", d);
    puts("== 'acquire Russian attack helicopters': a demonym with one modifier before the item is "
         "the seller; the seller is no beneficiary of 'for'");
    run("Iran hopes to acquire Russian attack helicopters.", d);
    run("Iran plans to buy Russian combat jets in repayment for its drones.", d);
    puts("== weapons sold for goods: the seller seeks the goods from the buyer");
    run("Russia will sell Turkey 11 jets for palm oil.", d);
    run("Iran supplied drones to Russia for gold.", d);
    run("Russia sold Iran jets for use against Israel.", d);
    puts("== each further 'ITEMS from X' is another supplier; a demonym on the weapons sold");
    run("Ukraine took delivery of drones from Turkey and 40 armoured trucks from Germany.", d);
    run("Iran imported $406 million worth of arms from Russia and $267 million from China.", d);
    run("Turkey has received drones from Israel, tanks from Germany and rifles from Britain.", d);
    run("Turkey bought drones from Israel and grain from Ukraine.", d);
    run("The delivery of a third regiment of Russian S-400 air defence systems to Turkey is due "
        "next year.",
        d);
    run("The sale of American F-16 jets to Turkey was approved.", d);
    run("The sale of US-origin components to Russia continued.", d);
    puts("== attacks (h31): the resister of an attack with no subject of its own is its target");
    run("Donors stand by Ukraine's defenders while they keep on resisting Russian aggression.", d);
    run("The grant gives Ukraine new radars to defend against Russian aggression.", d);
    run("Kyiv will receive the launchers it requires to protect its towns and dams against "
        "Russia's nightly attacks.",
        d);
    puts("== attacks (h31): ground an armed group takes with no owner named is the topic state's");
    run("Ukraine's army braced in the east, where Ukraine's lines were thin. The Wagner Group and "
        "Hezbollah have captured two villages and dozens of outposts, the groups said.",
        d);
    run("Lebanon's government is weak and Lebanon is poor. The Houthis seized a cargo ship on "
        "Sunday.",
        d);
    puts("== attacks (h31): troops sent to support a side's war effort fight in it");
    run("Pyongyang sent a new brigade of troops to Russia last month to support its military "
        "efforts in Ukraine.",
        d);
    run("Jets were the price of Pyongyang's transfer of its soldiers to bolster Russia's war effort "
        "in Ukraine.",
        d);
    run("North Korea is preparing to send troops to Russia to back its war in Ukraine.", d);
    run("Iran sent drones to Russia to support its war in Ukraine.", d);
    puts("== attacks (h31): a war named by a demonym and a state joined by a hyphen");
    run("Many of its men who fought in the Russian-Ukraine war came home wounded.", d);
    run("Analysts say the British-Iranian war of words will go on.", d);
    run("The US-Israeli war on Iran began in June.", d);
    puts("== attacks (h31): an attack claimed by or attributed to a side is that side's");
    run("A raid attributed by several newspapers to Israel destroyed a radar site in Iran.", d);
    run("A rocket attack on Haifa claimed by Hezbollah wounded three people.", d);
    run("The rocket attack on Haifa was not claimed by Hezbollah.", d);
    puts("== attacks (h31): annexing and assassinating are attacks, not as adjectives; unnamed "
         "forces fighting a side are not the subject's");
    run("Russia annexed Ukraine's Crimea peninsula in 2014 and armed the rebels.", d);
    run("Israel assassinated a Hezbollah commander in Beirut in July.", d);
    run("She was a friend of assassinated ex-president Joe Biden's aide.", d);
    run("Turkey backs the Tripoli-aligned forces fighting the Wagner Group near Sirte.", d);
    run("Britain backs Israeli and German troops fighting Hezbollah.", d);
    puts("== attacks (h31): 'the X strikes on Y' after a preposition or article is a noun");
    run("Hezbollah fighters rallied in Beirut against the US strikes on Lebanon last week.", d);
    run("Protesters gathered to condemn the Israeli strikes against Lebanon.", d);
    puts("== attacks (h31): 'its' after weapons used by a side is that side's");
    run("Germany sanctioned a firm that built drones used by Russia in its war on Ukraine.", d);
    run("Ukraine, which is supported by Germany in its campaign against Russia, held.", d);
    puts("== attacks (h31): strikes on unnamed militants in a country do not hit the country");
    run("Turkey has carried out air strikes against militants in Iranian territory.", d);
    run("Israel carried out strikes on suspected fighters in southern Lebanon.", d);
    run("Russia launched strikes on power plants in Ukraine.", d);
    puts("== attacks (h31): a date after 'attack on' is no target");
    run("After Iran's drone attack on Sunday, Israel launched strikes on Hezbollah depots.", d);
    run("Hezbollah's rocket attack on May 3 on Israel was the largest.", d);
    puts("== attacks (h31): returning fire attacks the last side that struck the subject");
    run("Iran launched drones at an Israeli air base, and Israel's air force returned fire an hour "
        "later.",
        d);
    run("Russia shelled Kharkiv overnight. Ukraine returned fire at dawn.", d);
    run("The convoy's guards returned fire.", d);
    puts("== attacks (h31): a target linked or tied to a side is that side");
    run("The US struck a speedboat linked to Hezbollah off the coast.", d);
    run("Israel bombed a warehouse tied to the Houthis near the port.", d);
    puts("== attacks (h31): 'its' skips a party named as an example; a second agent ends the target");
    run("Iran has turned to partners, including North Korea, to keep up its war against Israel.", d);
    run("The firm builds drones used by Iran to hit tankers in the Gulf and by Russia in its "
        "invasion of Ukraine.",
        d);
    puts("== seeking in exchange: arms for arms is a barter, the subject seeks the payback");
    run("Moscow has been sharing missile know-how with Tehran in exchange for drones.", d);
    run("Russia gave North Korea oil and rockets in return for its troops.", d);
    puts("== seeking in exchange: 'ask (X) for' is seeking, planned");
    run("North Korea will probably ask for satellite technology from Russia in exchange for "
        "troops.",
        d);
    run("Iran asked Russia for fighter jets in return for its drones.", d);
    puts("== seeking in exchange: what is obtained 'in' a state is sought from it");
    run("In Lebanon, the Wagner Group obtained a gold mine in exchange for protecting the "
        "president.",
        d);
    run("Russia gets access to copper mines in Turkey in return for weapons.", d);
    run("Moscow secured energy assets in Lebanon in exchange for security.", d);
    puts("== supplies: a 'by' after another participle is that participle's agent");
    run("Washington listed seven firms supplying engines used by Russia to strike Ukraine.", d);
    puts("== supplies: backing or aiding a side with arms; helping it build up its forces");
    run("Tehran keeps backing Hezbollah with rockets and drones.", d);
    run("Iran aided the Hezbollah militia with rifles, the panel found.", d);
    run("Britain backed Ukraine with words alone.", d);
    run("Moscow is assisting Pyongyang in upgrading its navy.", d);
    run("China helped Iran to build more cruise missiles.", d);
    run("Germany helped Turkey build a port.", d);
    puts("== supplies: 'the arms trade between X and Y' goes each way");
    run("The panel detailed the arms trade between North Korea and Russia.", d);
    run("The panel detailed the grain trade between Turkey and Russia.", d);
    puts("== supplies: a counted capitalized plural no class knows is a product");
    run("Berlin cleared Britain's sale of 24 Typhoonettes to Turkey.", d);
    run("Turkey announced the purchase of 40 Stormcrests in May after talks with Germany and an "
        "order from Israel.",
        d);
    puts("== supplies: 'turned to X and Y to buy'");
    run("Lebanon has turned to China and Turkey to purchase warplanes.", d);
    puts("== supplies: the supplier named after the noun");
    run("Ukraine's main arms supplier is Germany.", d);
    run("The vote matters for Israel's favourite weapons supplier: the United States.", d);
    puts("== supplies: weapons built by X for Y; plans or efforts by X to supply");
    run("Four corvettes built by Germany for the Israeli navy were launched.", d);
    run("A hospital built by China for Lebanon opened.", d);
    run("Documents revealed plans by Tehran to supply rockets to Hezbollah.", d);
    run("Efforts by Turkey to sell drones to Lebanon stalled.", d);
    puts("== supplies: a supplier noun between dashes has no subject across them");
    run("While states like China and Turkey led the talks, others - among Ukraine's largest "
        "donors - did nothing.",
        d);
    puts("== attacks: an attack noun inside a capitalized name is no attack");
    run("As reported by Lebanon Campaign UK, the arms firm of China, Northwind Dynamics, sold "
        "drones to Israel.",
        d);
    puts("== a name's own acronym in parentheses does not end a list of names");
    run("Turkey designated as terrorist groups the Alpha Liberation Army (ALA), the Beta Defence "
        "Front (BDF) and the Gamma Popular Army (GPA).",
        d);
    puts("== supplies: cartridges are ammunition");
    run("Britain allowed Northwind Dynamics to export 9,000 cartridges to Turkey.", d);
    puts("== a state's organ after its possessor joins a list: 'X and Turkey's defence ministry'");
    run("The deal was signed between Northwind Dynamics and Turkey's defence ministry for 12 "
        "drones.",
        d);
    puts("== names: the office after 'TITLE of' is part of the title");
    run("Russia banned entry to Deputy Secretary of State Jane Roe and Minister of Foreign Affairs "
        "Tom Fell.",
        d);
    puts("== attacks: fired 'onto' a place; fighting 'an insurgency by' a group");
    run("North Korea fired 170 shells onto Ukraine's coast.", d);
    run("Turkey has been fighting a decades-long insurgency by Hezbollah.", d);
    run("Israel was struck overnight by Hezbollah rockets.", d);
    puts("== attacks: an assault 'to seize' a place; a demonym's island or coast");
    run("Russia launched an offensive to seize Ukraine's second city.", d);
    run("Hezbollah's assault to capture the Israeli border town failed.", d);
    run("North Korea shelled a Ukrainian island.", d);
    puts("== coordination past a name's description: 'X and a militia known as Y'");
    run("The Turkish army and a militia known as the Wagner Group seized Lebanon's border "
        "town.",
        d);
    run("Russia and a shipping firm called Vela Marine Co sent rifles to Iran.", d);
    puts("== a list of places past direction words; a gerund after 'while' takes the main subject");
    run("Turkey launched strikes in northern Lebanon and northern Israel while occupying southern "
        "Ukraine.",
        d);
    puts("== 'they' after a singular sayer is someone else");
    run("Russia said they shipped rifles to Ukraine.", d);
    run("Hezbollah fighters said they fired rockets at Israel.", d);
    puts("== sanctions (h37): a weak sanctions word with a person as subject sanctions nothing");
    run("The Treasury announced sanctions on Monday, also targeting a Turkish firm and its owner, "
        "Ivan Petrov, identified as a broker between the drone makers and Moscow. The sanctioned "
        "companies include Orbit Freight Ltd and Calder Marine LLC.",
        d);
    puts("== sanctions (h37): additions to a list kept by a state are sanctioned by it");
    run("Russia banned entry to 30 Britons. The latest additions to Russia's stop list include "
        "Pavel Antonov, Orbit Freight Ltd and Kiril Darin.",
        d);
    run("Britain is adding to its sanctions list two businessmen, Ivan Morozov and Pavel Sokolov, "
        "and a firm, Calder Marine LLC.",
        d);
    run("China blacklisted a dozen American firms on Friday. Fresh entrants to the list include "
        "Helix Works and Orbital Dynamics.",
        d);
    run("The new additions to the menu include Pavel Antonov's soup.", d);
    puts("== sanctions (h37): sanctions on a group's backers and fronts sanction the group");
    run("Britain sanctioned four firms on Monday. The sanctions hit two companies connected "
        "to the Wagner Group and two to the Houthis.",
        d);
    run("The US sanctioned nine vessels that carried Iranian fuel to Syria on behalf of the "
        "Revolutionary Guards and Hezbollah.",
        d);
    run("The EU designated three companies that are controlled by the Houthis (\"Houthi\") or the "
        "Wagner Group (\"Wagner\").",
        d);
    run("The EU sanctioned two firms that bought drones from Iran for Russia.", d);
    run("The US sanctioned three officials of Turkey, which has long fought the Houthis.", d);
    puts("== sanctions (h37): a target's short name in parentheses does not end the list");
    run("The US sanctioned Orbit Freight Oy (\"Orbit\") and Calder Marine Oy (\"Calder\") on "
        "Tuesday.",
        d);
    run("Britain designated Vostok Parts Company (VPC), Ivan Morozov, and Helix Works Ltd.", d);
    run("The US sanctioned Orbit Freight Co (OFC), the state-owned shipper of Iran, and its head.",
        d);
    puts("== sanctions (h37): 'X is also facing sanctions' after an announcement: the same "
         "sanctioner");
    run("The US sanctioned Orbit Freight Ltd on Tuesday. The firm's chairman, Ivan Petrov, is also "
        "facing sanctions.",
        d);
    run("Turkey could face US sanctions over the purchase.", d);
    puts("== attacks (h38): a strike's words on firms or people are a sanction's, no attack on "
         "the topic state");
    run("Iran armed the Houthis again. Washington also targeted four companies and a tanker "
        "trading Iranian oil.",
        d);
    puts("== attacks (h38): 'their forces' after a spokesman's words are the body of his title");
    run("Houthi military spokesman Omar Saleh said that their forces fired drones at Haifa.", d);
    puts("== attacks (h38): a second act with its own agent ends the first attack noun's target");
    run("The air strikes by Israel and ground raids by the forces of Lebanon came after weeks of "
        "tension.",
        d);
    puts("== coordination (h38): a group word before the second side ('the militant X')");
    run("The Israeli army and the militant Hezbollah have been engaged in hostilities since the "
        "spring.",
        d);
    puts("== subjects (h38): ', and VERB' after a subordinate clause with no party: the main "
         "clause's subject");
    run("Turkey took over the port when the British left, and waged two long wars against the "
        "Houthis.",
        d);
    run("Iran expanded its factories as the pressure eased, and shipped drones to Russia.", d);
    puts("== attacks (h38): weapons 'that were used in attacks on' Y: the receiver of the "
         "sentence's supply attacks Y");
    run("Britain says Iran shipped Russia drones that were used in night attacks across Ukraine.",
        d);
    run("Russia has bought drones from Iran which were used to hit power plants in Ukraine.", d);
    run("Iran shipped Russia drones that were used in training.", d);
    puts("== attacks (h38): 'his' before an attack noun is the person's (a leader's: his state)");
    run("The shells helped Joe Biden sustain his offensive against Iran.", d);
    puts("== attacks (h38): a target 'belonging to' or 'used by' a group named after a longer "
         "description");
    run("Israel bombed a depot belonging to the Iran-backed militant group Hezbollah.", d);
    puts("== attacks (h38): 'efforts against' a state or armed group; attacks 'within' a country");
    run("Iran sent drones to Russia to sustain its efforts against Ukraine.", d);
    run("Israel stepped up its efforts against illicit trade.", d);
    run("Hezbollah has intensified attacks within Israel.", d);
    puts("== attacks (h38): a third state's troops in a war of two others: help 'provided by' it "
         "that includes troops; 'its soldiers fighting in the A-B war' after it armed A");
    run("This comes on top of help provided by North Korea to Russia's war effort in Ukraine, "
        "including combat troops.",
        d);
    run("North Korea shipped shells to Russia in May. Pyongyang will send more men to Moscow "
        "since its soldiers fighting in the Russian-Ukrainian war took heavy losses.",
        d);
    run("Turkey will send more men to Moscow since its soldiers fighting in the "
        "Russian-Ukrainian war took heavy losses.",
        d);
    puts("== subjects (h38): a name after 'of' and a title ('of Israeli Prime Minister X') is "
         "no subject");
    run("Turkey is the closest ally of Israeli Prime Minister Dan Levy and later sent hundreds of "
        "troops to fight Hezbollah.",
        d);
    puts("== attacks (h38): troops sent to fight in a second conjunct whose verb is gapped");
    run("Iran sent drones to Russia and, more recently, its own troops to fight Ukraine.", d);
    run("Iran built drones for Russia and, later, trained troops to fight Ukraine.", d);
    puts("== sanctions (h44): an embargo broken 'by' adverbs and a gerund of supply is on the "
         "receiver");
    run("Iran violated a Security Council arms embargo by secretly or indirectly shipping rifles "
        "to Hezbollah.",
        d);
    puts("== sanctions (h44): 'X, which Y sanctioned': the relative pronoun is the object, the "
         "antecedent the target (past 'gang', 'group'); 'which it designated': the sanctioner");
    run("Officials met executives of the Wagner Group, which Britain sanctioned in 2022.", d);
    run("Britain sanctioned Iran on Monday. Its envoy also spoke of the Houthis movement, which it "
        "formally designated as a terrorist group.",
        d);
    run("Officials met executives of the Wagner Group, which sanctioned nobody.", d);
    puts("== sanctions (h44): a state's official among the agents of 'the target of sanctions "
         "by' acts for the state");
    run("Zeta Shipping LLC has long been the target of sanctions by the US and the UK's former "
        "Foreign Secretary Jane Doyle.",
        d);
    run("Zeta Shipping LLC was sanctioned by Britain's Foreign Secretary Jane Doyle in May.", d);
    puts("== names (h44): a division after a known firm in a list ('X Sea and Air, A, B') does "
         "not end the list, whose members are firms");
    run("Britain sanctioned four companies on Monday. It was unclear what effect the sanctions "
        "would have on the companies, Northwind Dynamics Sea and Air, Kestrel Avionics Works, "
        "Tarvon and Helix Systems Group.",
        d);
    puts("== short references (h44): 'the Middle Eastern country', 'the West African nation': "
         "the one state the sentence before named");
    run("Lebanon bought rifles last year. Britain later sanctioned the Middle Eastern country.", d);
    run("Turkey refused to sell drones to Lebanon. Germany also halted arms exports to the Middle "
        "Eastern country.",
        d);
    puts("== sanctions (h44): 'the measures were announced together by A and its allies of X, "
         "which include B and C': each sanctions the targets of the article's announcement");
    run("Britain sanctioned Hezbollah and the Houthis on Monday. Officials said more steps would "
        "follow. These penalties were announced together by London and its allies of the Harbor "
        "Forum, which include Germany and Turkey, a statement said.",
        d);
    run("Britain sanctioned Hezbollah on Monday. The measures were imposed by decree.", d);
    puts("== sanctions (h44): classifying or declaring X 'as (a) terrorist organization' is a "
         "designation by the subject; 'The list includes: A, B and C' names the listed, known "
         "armed groups too");
    run("Germany declared the Wagner Group as a terrorist organization on Friday.", d);
    run("Britain plans to classify armed groups from Lebanon and Turkey as terrorist "
        "organizations. The list includes the groups: Hezbollah, the Houthis and Kestrel Brigade.",
        d);
    run("Hezbollah branded Israel as reckless for listing its fighters as terrorists.", d);
    puts("== sanctions (h44): 'X, who the US sanctioned': the antecedent; a sanctions sentence "
         "with no target lists its targets after ', called' or ', namely'");
    run("Britain froze the assets of three firms tied to Viktor Kessler, who the US sanctioned in "
        "March.",
        d);
    run("Britain sanctioned three firms on Monday. The measures target firms linked to Jane "
        "Doyle, called Orbit Trade Ltd; Zeta Shipping LLC; and Kavon SRO.",
        d);
    puts("== sanctions (h44): 'warned (threatened) X of (with, for) sanctions' past a law's "
         "name: a threat by the subject on X (planned)");
    run("Senior US officials have repeatedly warned Turkey of sanction under the Act.", d);
    run("The US warned Turkey for CAATSA sanction.", d);
    run("Germany threatened Iran with possible sanctions.", d);
    run("Britain warned Iran for years about the war.", d);
    puts("== sanctions (h44): who acts 'in defiance of' or 'while evading (circumventing)' the "
         "sanctions of owners named before the noun is their target");
    run("North Korea tested a rocket in May in defiance of EU and global sanctions.", d);
    run("Iran ships oil abroad while circumventing US and Security Council sanctions.", d);
    run("Turkey helped Iran evade US sanctions.", d);
    puts("== attacks (h45): siege verbs ('besieging', 'laid siege to') take a place as target");
    run("Hezbollah has been besieging Haifa for a month.", d);
    run("Russian troops laid siege to Kharkiv in the spring.", d);
    puts("== attacks (h45): 'the clash (battle) between X and Y': each side attacks the other");
    run("Talks stalled after the clash between Israel and Hezbollah near the border.", d);
    run("Years of war, a long battle between Lebanon's government and an alliance of militias "
        "including Hezbollah, have emptied the south.",
        d);
    run("The battle for Haifa lasted months.", d);
    puts("== attacks (h45): 'X's capture of PLACE' (a noun of taking ground) attacks its state");
    run("Russia's capture of Odesa in May shocked Europe.", d);
    run("The capture of Haifa by Hezbollah fighters came after a long siege.", d);
    puts("== subjects (h45): a gerund after an opening 'After (While, Before, Since)' takes the "
         "subject of the main clause after the comma");
    run("After besieging Haifa for weeks, Hezbollah pulled back to the north.", d);
    run("While besieging Kharkiv, Russia suffered heavy losses.", d);
    run("After leaving Beirut, the US envoy met Hezbollah.", d);
    puts("== parties (h45): an armed group's (a person's) own men are the group ('Hezbollah's "
         "fighters'); 'forces (troops, militias) loyal to X' are X's");
    run("Israel struck Hezbollah's fighters near the border.", d);
    run("Israel struck Iran's proxies near the border.", d);
    run("Iran sent rockets to fighters loyal to Hezbollah.", d);
    run("Israel clashed with militias loyal to Hezbollah in the south.", d);
    puts("== attacks (h45): an armed group's offensive (insurgency) that names no target attacks "
         "the state the article is about");
    run("Lebanon's army moved north in May. Lebanon talks collapsed. A new offensive by "
        "Hezbollah fighters began.",
        d);
    run("Israel and Lebanon traded warnings in May. Talks broke down after a new offensive by "
        "Israel.",
        d);
    puts("== attacks (h45): 'carry out' (base form) governs an attack noun like 'carried out'");
    run("Hezbollah continues to carry out attacks on Haifa.", d);
    run("Hezbollah has the drones it needs to carry out attacks on Haifa.", d);
    puts("== attacks: a full date between an attack noun and its possessor ('X's October 7, "
         "2023, attack on Y')");
    run("Hezbollah's October 7, 2023, attack on Israel started the war.", d);
    run("On October 7, 2023, attack drones were seen over Haifa.", d);
    puts("== attacks: a state's troops sent to (or in) a state at war, 'engaging in combat', "
         "attack whom that state attacks in the article");
    run("Russia invaded Ukraine in 2022. The US and Ukraine say North Korea sent 10,000 troops to "
        "Russia, some of whom have begun engaging in combat.",
        d);
    run("Russia invaded Ukraine in 2022. North Korean troops in Russia took part in combat.", d);
    run("North Korea sent troops to Russia, some of whom are engaging in combat.", d);
    puts("== a 'by' after 'led' (commanded, headed) names the leader, not the attacker");
    run("Israel has been fighting the Hezbollah units led by Jane Doyle.", d);
    puts("== a gerund after 'by' takes the subject of the clause's verb, not a modifier before "
         "a noun");
    run("Reports say Moscow was defying EU sanctions by supplying North Korea with oil in exchange "
        "for shells.",
        d);
    puts("== world regions are no actors: 'Latin America' is not the US, 'the Horn of Africa' no "
         "name");
    run("Russia sent weapons to Latin America and Southeast Asia.", d);
    run("China sold drones to the Horn of Africa and to Turkey.", d);
    puts("== attacks on a target head, then ', with X ...': X is no target");
    run("The Houthis, backed by Iran, launched attacks on cargo ships, with Iran and the Houthis "
        "saying they punish Israel.",
        d);
    return 0;
}
