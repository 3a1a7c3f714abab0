<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
    <context>
        <name />
        <message>
            <location filename="../../vonapp/ui/actions.py" line="48" />
            <source>&amp;Ny databas…</source>
            <translation>&amp;New database…</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="49" />
            <source>Skapa en ny, tom databasfil</source>
            <translation>Create a new, empty database file</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="50" />
            <source>&amp;Öppna…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="51" />
            <source>Öppna en annan databasfil</source>
            <translation>Open another database file</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="52" />
            <source>&amp;Säkerhetskopiera</source>
            <translation>&amp;Back up</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="53" />
            <source>Spara en säkerhetskopia av databasen nu</source>
            <translation>Save a backup of the database now</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="54" />
            <source>Å&amp;terställ…</source>
            <translation>Res&amp;tore…</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="55" />
            <source>Återställ databasen från en säkerhetskopia</source>
            <translation>Restore the database from a backup</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="56" />
            <source>&amp;Importera…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="57" />
            <source>Läs in budget, schema, tid, beläggning m.m. från en fil</source>
            <translation>Read budget, schedule, time, occupancy etc. from a file</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="58" />
            <source>&amp;Exportera…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="59" />
            <source>Skriv uppföljningsfil, CSV eller PDF</source>
            <translation>Write the follow-up file, a CSV or a PDF</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="60" />
            <source>Im&amp;porter…</source>
            <translation>Im&amp;ports…</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="61" />
            <source>Se importerade filer och ta bort en import</source>
            <translation>See the imported files and remove an import</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="62" />
            <source>&amp;Avsluta</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="62" />
            <source>Stäng vonapp</source>
            <translation>Close vonapp</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="63" />
            <source>Ångra</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="64" />
            <source>Gör om</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="65" />
            <source>&amp;Föregående period</source>
            <translation>&amp;Previous period</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="66" />
            <source>Stega bakåt ett år, kvartal eller månad</source>
            <translation>Step back one year, quarter or month</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="67" />
            <source>&amp;Nästa period</source>
            <translation>&amp;Next period</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="68" />
            <source>Stega framåt ett år, kvartal eller månad</source>
            <translation>Step forward one year, quarter or month</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="70" />
            <source>Ä&amp;ndringslogg</source>
            <translation>Chan&amp;ge log</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="71" />
            <source>Alla ändringar: när, vem, vad och varifrån (fönstret, import, kommandoraden)</source>
            <translation>Every change: when, who, what and from where (the window, an import, the command line)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="72" />
            <source>&amp;Om vonapp</source>
            <translation>&amp;About vonapp</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="73" />
            <source>Version och kort om programmet</source>
            <translation>Version and a short note about the program</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="80" />
            <source>&amp;Arkiv</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="88" />
            <source>&amp;Redigera</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="90" />
            <location filename="../../vonapp/ui/help_menu.py" line="33" />
            <source>&amp;Visa</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="96" />
            <location filename="../../vonapp/ui/help_menu.py" line="29" />
            <source>&amp;Hjälp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/help_menu.py" line="23" />
            <source>&amp;Handbok</source>
            <translation>&amp;Manual</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/help_menu.py" line="25" />
            <source>Läs handboken: begreppen, import, uppföljningsfilen och var data finns</source>
            <translation>Read the manual: the terms, importing, the follow-up file and where the data is kept</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/help_menu.py" line="34" />
            <source>&amp;Språk</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/help_menu.py" line="36" />
            <source>Som datorn</source>
            <translation>As the computer</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/help_menu.py" line="52" />
            <source>Språket byts nästa gång du startar vonapp.</source>
            <translation>The language changes the next time you start vonapp.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="34" />
            <source>Tid</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="34" />
            <source>Användare</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="34" />
            <source>Tabell</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="35" />
            <source>Rad</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="35" />
            <source>Kolumn</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="35" />
            <source>Före</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="36" />
            <source>Efter</source>
            <translation>After</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="36" />
            <source>Källa</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="36" />
            <source>Enhet</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/panels.py" line="57" />
            <source>Schema</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/panels.py" line="57" />
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/panels.py" line="57" />
            <source>Avvikelse</source>
            <translation>Variance</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/panels.py" line="60" />
            <source>Vecka</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/panels.py" line="60" />
            <source>Månad</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/panels.py" line="60" />
            <source>År</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/panels.py" line="71" />
            <source>v{0} {1}</source>
            <translation>wk{0} {1}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/panels.py" line="79" />
            <source>{n} rader, {h} h/vecka i snitt; {o} utanför sin sysselsättning</source>
            <translation>{n} rows, {h} h/week on average; {o} outside their employment rate</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/panels.py" line="84" />
            <source>inga</source>
            <translation>none</translation>
        </message>
        <message>
            <source> regelavvikelse </source>
            <translation> rule breach </translation>
        </message>
        <message>
            <source> veckor</source>
            <translation> weeks</translation>
        </message>
        <message>
            <source> – exempeldata</source>
            <translation> – sample data</translation>
        </message>
        <message>
            <source>&amp;Enhet:</source>
            <translation>&amp;Unit:</translation>
        </message>
        <message>
            <source>&amp;Källa:</source>
            <translation>S&amp;ource:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>&amp;Sök:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>&amp;Tabell:</source>
            <translation>&amp;Table:</translation>
        </message>
        <message>
            <source>&amp;nbsp;&amp;nbsp;i egen enhet {0}, i annan enhet {1}</source>
            <translation>&amp;nbsp;&amp;nbsp;in own unit {0}, in another unit {1}</translation>
        </message>
        <message>
            <source>&amp;nbsp;&amp;nbsp;{0} av {1} platsdygn</source>
            <translation>&amp;nbsp;&amp;nbsp;{0} of {1} place-days</translation>
        </message>
        <message>
            <source>(ingen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>, t.o.m. {0}</source>
            <translation>, up to {0}</translation>
        </message>
        <message>
            <source>1 ändring.</source>
            <translation>1 change.</translation>
        </message>
        <message>
            <source>; {0} kommande pass efter {1} (inget registrerat ännu)</source>
            <translation>; {0} upcoming shifts after {1} (nothing recorded yet)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Arbetstidsregler&lt;/b&gt;: inga avvikelser</source>
            <translation>&lt;b&gt;Working-time rules&lt;/b&gt;: no breaches</translation>
        </message>
        <message>
            <source>&lt;b&gt;Arbetstidsregler&lt;/b&gt;: {n} avvikelser (varningar – schemat sparas ändå)</source>
            <translation>&lt;b&gt;Working-time rules&lt;/b&gt;: {n} breaches (warnings – the schedule is saved anyway)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Schema&lt;/b&gt;</source>
            <translation>&lt;b&gt;Schedule&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;{u}&lt;/b&gt; har inget schema ännu.</source>
            <translation>&lt;b&gt;{u}&lt;/b&gt; has no schedule yet.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{u}&lt;/b&gt; · {n} ({a} – {b}), {w} veckors cykel, heltidsmått {f} h · {s}</source>
            <translation>&lt;b&gt;{u}&lt;/b&gt; · {n} ({a} – {b}), {w}-week cycle, full-time measure {f} h · {s}</translation>
        </message>
        <message>
            <source>&lt;span style="color:#1F5FA8"&gt;&lt;b&gt;━&lt;/b&gt;&lt;/span&gt; i tjänst enligt schemat (snitt över cykeln) &amp;nbsp; &lt;b&gt;╌&lt;/b&gt; behov &amp;nbsp; &lt;span style="color:#E8505B"&gt;■&lt;/span&gt; underbemannat</source>
            <translation>&lt;span style="color:#1F5FA8"&gt;&lt;b&gt;━&lt;/b&gt;&lt;/span&gt; on duty per the schedule (cycle average) &amp;nbsp; &lt;b&gt;╌&lt;/b&gt; need &amp;nbsp; &lt;span style="color:#E8505B"&gt;■&lt;/span&gt; understaffed</translation>
        </message>
        <message>
            <source>Ackumulerad avvikelse: {0}</source>
            <translation>Cumulative variance: {0}</translation>
        </message>
        <message>
            <source>Alla enheter</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>Alla källor</source>
            <translation>All sources</translation>
        </message>
        <message>
            <source>Alla tabeller</source>
            <translation>All tables</translation>
        </message>
        <message>
            <source>Ange antal timmar.</source>
            <translation>Enter the number of hours.</translation>
        </message>
        <message>
            <source>Ange en fil att spara till.</source>
            <translation>Enter a file to save to.</translation>
        </message>
        <message>
            <source>Anst.nr</source>
            <translation>Emp. no.</translation>
        </message>
        <message>
            <source>Anställda</source>
            <translation>Employees</translation>
        </message>
        <message>
            <source>Anställda som höjs till {r}</source>
            <translation>Employees raised to {r}</translation>
        </message>
        <message>
            <source>Anställningsnummer</source>
            <translation>Employee number</translation>
        </message>
        <message>
            <source>Använda: {0}</source>
            <translation>Used: {0}</translation>
        </message>
        <message>
            <source>Arbetade timmar per {0} mot budget, till och med {1}; därefter prognos enligt schemat till 31 december.</source>
            <translation>Hours worked per {0} against budget, up to {1}; after that the forecast from the schedule to 31 December.</translation>
        </message>
        <message>
            <source>Arbetade timmar per {0} mot budget.</source>
            <translation>Hours worked per {0} against budget.</translation>
        </message>
        <message>
            <source>Arbetar …</source>
            <translation>Working …</translation>
        </message>
        <message>
            <source>Arbetat: {0}</source>
            <translation>Worked: {0}</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Avbryter … inget ändras.</source>
            <translation>Cancelling … nothing is changed.</translation>
        </message>
        <message>
            <source>Avvikelse (budget − {0}): {1}</source>
            <translation>Variance (budget − {0}): {1}</translation>
        </message>
        <message>
            <source>Avvikelse = budget − schema; positiv = inom budget.</source>
            <translation>Variance = budget − schedule; positive = within budget.</translation>
        </message>
        <message>
            <source>Avvikelse i kr: {0}</source>
            <translation>Variance in kr: {0}</translation>
        </message>
        <message>
            <source>Avvikelser från arbetstidsreglerna</source>
            <translation>Breaches of the working-time rules</translation>
        </message>
        <message>
            <source>Bara ej placerade</source>
            <translation>Unplaced only</translation>
        </message>
        <message>
            <source>Bara problemdagar</source>
            <translation>Problem days only</translation>
        </message>
        <message>
            <source>Bara problemveckor</source>
            <translation>Problem weeks only</translation>
        </message>
        <message>
            <source>Behov: {0}</source>
            <translation>Need: {0}</translation>
        </message>
        <message>
            <source>Belagda per dag</source>
            <translation>Occupied per day</translation>
        </message>
        <message>
            <source>Belagda platsdygn i procent av tillgängliga, per {0}.</source>
            <translation>Occupied place-days as a percentage of those available, per {0}.</translation>
        </message>
        <message>
            <source>Beläggning</source>
            <translation>Occupancy</translation>
        </message>
        <message>
            <source>Beläggning mot budget och i fjol</source>
            <translation>Occupancy against budget and last year</translation>
        </message>
        <message>
            <source>Beläggning per</source>
            <translation>Occupancy per</translation>
        </message>
        <message>
            <source>Beläggning: {0}</source>
            <translation>Occupancy: {0}</translation>
        </message>
        <message>
            <source>Bemanning under en vecka</source>
            <translation>Staffing over a week</translation>
        </message>
        <message>
            <source>Bemanningsbehov</source>
            <translation>Staffing need</translation>
        </message>
        <message>
            <source>Blå rader är inlagda eller ändrade i fönstret</source>
            <translation>Blue rows were added or changed in the window</translation>
        </message>
        <message>
            <source>Budget i timmar</source>
            <translation>Budget in hours</translation>
        </message>
        <message>
            <source>Budget: {0}</source>
            <translation>Budget: {0}</translation>
        </message>
        <message>
            <source>Budgeterad beläggning %</source>
            <translation>Budgeted occupancy %</translation>
        </message>
        <message>
            <source>Budgeterad beläggning för året, i procent</source>
            <translation>Budgeted occupancy for the year, in per cent</translation>
        </message>
        <message>
            <source>Börja med en tom databas</source>
            <translation>Start with an empty database</translation>
        </message>
        <message>
            <source>Cellerna går inte att ändra här.</source>
            <translation>These cells cannot be changed here.</translation>
        </message>
        <message>
            <source>Cykel</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Dagar</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Dagar då vikarier, mertid, övertid eller inhyrda togs in medan resurspass stod oplacerade</source>
            <translation>Days when substitutes, additional hours, overtime or agency staff were used while resource shifts stood unplaced</translation>
        </message>
        <message>
            <source>Dagar och veckor</source>
            <translation>Days and weeks</translation>
        </message>
        <message>
            <source>Databas: {0}</source>
            <translation>Database: {0}</translation>
        </message>
        <message>
            <source>Databasen är tom. Lägg in enheter och budget med Arkiv → Importera… (filtyp Budget). Vill du först prova med påhittade enheter: välj Arkiv → Ny databas… och Med exempeldata.</source>
            <translation>The database is empty. Add units and budget with File → Import… (file type Budget). To try it first with made-up units, choose File → New database… and With sample data.</translation>
        </message>
        <message>
            <source>Databasen återställd från {0}; innehållet före sparades i {1}.</source>
            <translation>Database restored from {0}; the previous contents were saved in {1}.</translation>
        </message>
        <message>
            <source>Databasens innehåll ersätts med säkerhetskopian {0}.

Det nuvarande innehållet sparas först i en ny säkerhetskopia, så du kan ångra genom att återställa den. Fortsätt?</source>
            <translation>The database's contents will be replaced with the backup {0}.

The current contents are first saved in a new backup, so you can undo this by restoring that one. Continue?</translation>
        </message>
        <message>
            <source>De tillagda timmarna blir resurspass ({h} h per vecka) som kan ersätta vikarier, mertid, övertid och inhyrd personal (heltidsmått {f} h).</source>
            <translation>The added hours become resource shifts ({h} h per week) that can replace substitutes, additional hours, overtime and agency staff (full-time measure {f} h).</translation>
        </message>
        <message>
            <source>Den här delen kommer i en senare version. Data du importerar redan nu (Arkiv → Importera…) sparas och visas här när delen är klar.</source>
            <translation>This part is coming in a later version. Data you import already now (File → Import…) is saved and will show here when the part is ready.</translation>
        </message>
        <message>
            <source>Denna vecka</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Denna vecka (v. {0})</source>
            <translation>This week (wk {0})</translation>
        </message>
        <message>
            <source>Därefter schemalagt: {0}</source>
            <translation>Scheduled after that: {0}</translation>
        </message>
        <message>
            <source>En plats räknas som belagd från inflyttningsdagen, inte på utflyttningsdagen. Inskrivna dagar går före flyttarna.</source>
            <translation>A place counts as occupied from the move-in day, not on the move-out day. Typed-in days take precedence over the moves.</translation>
        </message>
        <message>
            <source>Enhet:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <source>Enheten som siffrorna gäller (Alla enheter = summan av alla)</source>
            <translation>The unit the figures apply to (All units = the sum of all)</translation>
        </message>
        <message>
            <source>Enhetens platser; årets inskrivna dagar följer med</source>
            <translation>The unit's places; the year's typed-in days follow</translation>
        </message>
        <message>
            <source>Enhetens scheman {y} per månad (sparat)</source>
            <translation>The unit's schedules {y} by month (saved)</translation>
        </message>
        <message>
            <source>Ersätt befintliga</source>
            <translation>Replace existing</translation>
        </message>
        <message>
            <source>Ersätt data som redan finns för samma dagar (eller samma budgetår) med filens; utan krysset vägras en fil som ändrar något</source>
            <translation>Replace data that already exists for the same days (or the same budget year) with the file's; without the tick a file that changes anything is refused</translation>
        </message>
        <message>
            <source>Ersätt namn och anställningsnummer med pseudonymer</source>
            <translation>Replace names and employee numbers with pseudonyms</translation>
        </message>
        <message>
            <source>Ett nytt schema från måndagen, en kopia av det som gäller, med de höjda sysselsättningsgraderna; de tillagda timmarna läggs som resurspass.</source>
            <translation>A new schedule from the Monday, a copy of the one in force, with the raised employment rates; the added hours are placed as resource shifts.</translation>
        </message>
        <message>
            <source>Ett tomt schema; lägg sedan till anställda och pass.</source>
            <translation>An empty schedule; then add employees and shifts.</translation>
        </message>
        <message>
            <source>Exempeldata skapad: {0}</source>
            <translation>Sample data created: {0}</translation>
        </message>
        <message>
            <source>Exempeldata är påhittade enheter som visar hur allt fungerar. Med en tom databas börjar du med att importera en budgetfil (Arkiv → Importera…).</source>
            <translation>Sample data is made-up units that show how everything works. With an empty database you start by importing a budget file (File → Import…).</translation>
        </message>
        <message>
            <source>Exporten avbröts; ingen fil skrevs.</source>
            <translation>The export was cancelled; no file was written.</translation>
        </message>
        <message>
            <source>Exportera</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Exporterar …</source>
            <translation>Exporting …</translation>
        </message>
        <message>
            <source>Fil:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Filen kan inte importeras som den är; inget har sparats.</source>
            <translation>The file cannot be imported as it is; nothing has been saved.</translation>
        </message>
        <message>
            <source>Filen ändrar data som redan finns; inget har sparats. Kryssa i {0} för att ersätta, eller ta bort den tidigare importen under Arkiv → Importer…</source>
            <translation>The file changes data that already exists; nothing has been saved. Tick {0} to replace it, or remove the earlier import under File → Imports…</translation>
        </message>
        <message>
            <source>Filen är redan importerad; det finns inget nytt att läsa in.</source>
            <translation>The file has already been imported; there is nothing new to read in.</translation>
        </message>
        <message>
            <source>Filen är sparad:
{0}</source>
            <translation>The file is saved:
{0}</translation>
        </message>
        <message>
            <source>Filens första rader</source>
            <translation>The file's first rows</translation>
        </message>
        <message>
            <source>Filens rubriker passar filtypen {0}, inte {1}: välj {0} under Filtyp, eller välj kolumnerna under Kolumner.</source>
            <translation>The file's headings fit the file type {0}, not {1}: choose {0} under File type, or choose the columns under Columns.</translation>
        </message>
        <message>
            <source>Filtrera …</source>
            <translation>Filter …</translation>
        </message>
        <message>
            <source>Filtyp:</source>
            <translation>File type:</translation>
        </message>
        <message>
            <source>Filtypen är ändrad till {0}: filens rubriker är en {1}-fils. </source>
            <translation>The file type has been changed to {0}: the file's headings are those of a {1} file. </translation>
        </message>
        <message>
            <source>Flytta ned</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Flytta upp</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Från måndag</source>
            <translation>From Monday</translation>
        </message>
        <message>
            <source>Frånvaro och ersättning</source>
            <translation>Absence and cover</translation>
        </message>
        <message>
            <source>Frånvarotyp</source>
            <translation>Absence type</translation>
        </message>
        <message>
            <source>Funnet</source>
            <translation>Found</translation>
        </message>
        <message>
            <source>Fönstret</source>
            <translation>The window</translation>
        </message>
        <message>
            <source>För filer som lämnar enheten: inga namn och inga anställningsnummer, bara Anställd 1, 2 …</source>
            <translation>For files that leave the unit: no names and no employee numbers, only Anställd 1, 2 …</translation>
        </message>
        <message>
            <source>Föregående dag</source>
            <translation>Previous day</translation>
        </message>
        <message>
            <source>Föregående period (Alt+Vänster)</source>
            <translation>Previous period (Alt+Left)</translation>
        </message>
        <message>
            <source>Genomsnittligt antal i tjänst per timme under perioden, måndag till söndag.</source>
            <translation>Average number on duty per hour during the period, Monday to Sunday.</translation>
        </message>
        <message>
            <source>Gäller från (måndag)</source>
            <translation>Valid from (Monday)</translation>
        </message>
        <message>
            <source>Heltid som norm – {u}</source>
            <translation>Full time as the norm – {u}</translation>
        </message>
        <message>
            <source>Heltid som norm…</source>
            <translation>Full time as the norm…</translation>
        </message>
        <message>
            <source>Här kommer du att se:</source>
            <translation>Here you will see:</translation>
        </message>
        <message>
            <source>Högerklicka för att läsa mer i handboken.</source>
            <translation>Right-click to read more in the manual.</translation>
        </message>
        <message>
            <source>Höj alla under</source>
            <translation>Raise everyone below</translation>
        </message>
        <message>
            <source>I fjol: {0}</source>
            <translation>Last year: {0}</translation>
        </message>
        <message>
            <source>I tjänst: {0}</source>
            <translation>On duty: {0}</translation>
        </message>
        <message>
            <source>Importen avbröts; inget ändrades i databasen.</source>
            <translation>The import was cancelled; nothing changed in the database.</translation>
        </message>
        <message>
            <source>Importer</source>
            <translation>Imports</translation>
        </message>
        <message>
            <source>Importera</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Importera fil</source>
            <translation>Import file</translation>
        </message>
        <message>
            <source>Importerar {0} …</source>
            <translation>Importing {0} …</translation>
        </message>
        <message>
            <source>In- och utflyttningar</source>
            <translation>Move-ins and move-outs</translation>
        </message>
        <message>
            <source>Inga importer ännu.</source>
            <translation>No imports yet.</translation>
        </message>
        <message>
            <source>Inga resurspass i schemat för urvalet.</source>
            <translation>No resource shifts in the schedule for the selection.</translation>
        </message>
        <message>
            <source>Inga resurspass i schemat under perioden.</source>
            <translation>No resource shifts in the schedule during the period.</translation>
        </message>
        <message>
            <source>Inga ändringar loggade med dessa val.</source>
            <translation>No changes logged with these filters.</translation>
        </message>
        <message>
            <source>Ingen beläggning att visa</source>
            <translation>No occupancy to show</translation>
        </message>
        <message>
            <source>Ingen beläggning registrerad för perioden: enheten har inga platser eller ingen beläggning är importerad.</source>
            <translation>No occupancy recorded for the period: the unit has no places or no occupancy has been imported.</translation>
        </message>
        <message>
            <source>Ingen beläggning registrerad för året.</source>
            <translation>No occupancy recorded for the year.</translation>
        </message>
        <message>
            <source>Ingen budget för året; bara timmar visas.</source>
            <translation>No budget for the year; only hours are shown.</translation>
        </message>
        <message>
            <source>Inget bemanningsbehov registrerat – ange det under fliken Bemanningsbehov.</source>
            <translation>No staffing need recorded – enter it on the Staffing need tab.</translation>
        </message>
        <message>
            <source>Inget bemanningsbehov registrerat.</source>
            <translation>No staffing need recorded.</translation>
        </message>
        <message>
            <source>Inget registrerat ännu (prognos)</source>
            <translation>Nothing recorded yet (forecast)</translation>
        </message>
        <message>
            <source>Inget registrerat ännu: staplarna visar schemat (prognos) mot budgeten.</source>
            <translation>Nothing recorded yet: the bars show the schedule (forecast) against the budget.</translation>
        </message>
        <message>
            <source>Inget schema under perioden att visa bemanningen från.</source>
            <translation>No schedule in the period to show the staffing from.</translation>
        </message>
        <message>
            <source>Kategori</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Klart: {0} Ångra med Redigera → Ångra, eller ta bort importen under Arkiv → Importer….</source>
            <translation>Done: {0} Undo with Edit → Undo, or remove the import under File → Imports….</translation>
        </message>
        <message>
            <source>Klicka på en dag för att öppna den nedan.</source>
            <translation>Click a day to open it below.</translation>
        </message>
        <message>
            <source>Kolumn i vonapp</source>
            <translation>Column in vonapp</translation>
        </message>
        <message>
            <source>Kolumner</source>
            <translation>Columns</translation>
        </message>
        <message>
            <source>Kolumnvalen sparas under namnet när du importerar</source>
            <translation>The column choices are saved under the name when you import</translation>
        </message>
        <message>
            <source>Kommandoraden</source>
            <translation>The command line</translation>
        </message>
        <message>
            <source>Kontrollen vid stängning fann att databasen är skadad: {0}.

Starta vonapp igen för att återställa den senaste hela säkerhetskopian, eller kör `vonapp check`.</source>
            <translation>The check on closing found that the database is damaged: {0}.

Start vonapp again to restore the latest intact backup, or run `vonapp check`.</translation>
        </message>
        <message>
            <source>Kopierar {s}. Det gamla schemat gäller till dagen före.</source>
            <translation>Copies {s}. The old schedule applies until the day before.</translation>
        </message>
        <message>
            <source>Kostnad för de tillagda timmarna</source>
            <translation>Cost of the added hours</translation>
        </message>
        <message>
            <source>Kvartal</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Laddar översikten …</source>
            <translation>Loading the overview …</translation>
        </message>
        <message>
            <source>Ledig (töm)</source>
            <translation>Off (clear)</translation>
        </message>
        <message>
            <source>Lägg till</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Lägg till anställd i schemat</source>
            <translation>Add an employee to the schedule</translation>
        </message>
        <message>
            <source>Lägg till anställd…</source>
            <translation>Add employee…</translation>
        </message>
        <message>
            <source>Lägg till rad …</source>
            <translation>Add row …</translation>
        </message>
        <message>
            <source>Lägg till tidrad {0}</source>
            <translation>Add time row {0}</translation>
        </message>
        <message>
            <source>Lägg upp passkoder under fliken Passkoder och importera ett schema (Arkiv → Importera, schema), eller skapa ett från ett befintligt.</source>
            <translation>Set up shift codes on the Shift codes tab and import a schedule (File → Import, schedule), or create one from an existing one.</translation>
        </message>
        <message>
            <source>Läs mer i handboken</source>
            <translation>Read more in the manual</translation>
        </message>
        <message>
            <source>Läser {0} …</source>
            <translation>Reading {0} …</translation>
        </message>
        <message>
            <source>Läses från filens kolumn</source>
            <translation>Read from the file's column</translation>
        </message>
        <message>
            <source>Markera en cell i raden som ska bort.</source>
            <translation>Select a cell in the row to remove.</translation>
        </message>
        <message>
            <source>Markera en cell i raden som ska flyttas.</source>
            <translation>Select a cell in the row to move.</translation>
        </message>
        <message>
            <source>Markera passkoden som ska bort.</source>
            <translation>Select the shift code to remove.</translation>
        </message>
        <message>
            <source>Med exempeldata</source>
            <translation>With sample data</translation>
        </message>
        <message>
            <source>Missade: {0} = {1}</source>
            <translation>Missed: {0} = {1}</translation>
        </message>
        <message>
            <source>Mål h</source>
            <translation>Target h</translation>
        </message>
        <message>
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Ny databas</source>
            <translation>New database</translation>
        </message>
        <message>
            <source>Ny passkod</source>
            <translation>New shift code</translation>
        </message>
        <message>
            <source>Ny passkod…</source>
            <translation>New shift code…</translation>
        </message>
        <message>
            <source>Nytt schema från…</source>
            <translation>New schedule from…</translation>
        </message>
        <message>
            <source>Nästa dag</source>
            <translation>Next day</translation>
        </message>
        <message>
            <source>Nästa period (Alt+Höger)</source>
            <translation>Next period (Alt+Right)</translation>
        </message>
        <message>
            <source>Om vonapp</source>
            <translation>About vonapp</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Passkod (tider, rast och resurspass ändrar du sedan i tabellen):</source>
            <translation>Shift code (you then change times, break and resource shift in the table):</translation>
        </message>
        <message>
            <source>Passkoden {value} finns inte</source>
            <translation>The shift code {value} does not exist</translation>
        </message>
        <message>
            <source>Passkoder</source>
            <translation>Shift codes</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Perioden som siffrorna gäller</source>
            <translation>The period the figures apply to</translation>
        </message>
        <message>
            <source>Perioden väljs i huvudfönstret</source>
            <translation>The period is chosen in the main window</translation>
        </message>
        <message>
            <source>Periodens frånvarotimmar efter vad som ersatte dem. Koppla en frånvarorad till raden som ersatte den i kolumnen Ersatt av under Dagar och veckor.</source>
            <translation>The period's absence hours by what covered them. Link an absence row to the row that covered it in the Covered by column under Days and weeks.</translation>
        </message>
        <message>
            <source>Personal som behövs per timme och veckodag (t.ex. 3 eller 2,5). Kopiera gärna in från Excel.</source>
            <translation>Staff needed per hour and weekday (e.g. 3 or 2,5). You can paste from Excel.</translation>
        </message>
        <message>
            <source>Placering</source>
            <translation>Placement</translation>
        </message>
        <message>
            <source>Planerade: {0}</source>
            <translation>Planned: {0}</translation>
        </message>
        <message>
            <source>Planerat</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Platser</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>Profil:</source>
            <translation>Profile:</translation>
        </message>
        <message>
            <source>Prognos (schemalagt): {0}</source>
            <translation>Forecast (scheduled): {0}</translation>
        </message>
        <message>
            <source>Provläs</source>
            <translation>Trial read</translation>
        </message>
        <message>
            <source>Provläser {0} …</source>
            <translation>Trial reading {0} …</translation>
        </message>
        <message>
            <source>Provläsning</source>
            <translation>Trial read</translation>
        </message>
        <message>
            <source>Provläsningen gick bra. Kontrollera raderna nedan och klicka Importera.</source>
            <translation>The trial read went well. Check the rows below and click Import.</translation>
        </message>
        <message>
            <source>Regel</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Resurspass</source>
            <translation>Resource shifts</translation>
        </message>
        <message>
            <source>Resurspass per vecka</source>
            <translation>Resource shifts per week</translation>
        </message>
        <message>
            <source>Resurspassregister</source>
            <translation>Resource shift register</translation>
        </message>
        <message>
            <source>Räknar …</source>
            <translation>Calculating …</translation>
        </message>
        <message>
            <source>Röda rader: passet stod oplacerat en dag då ersättare togs in</source>
            <translation>Red rows: the shift was left unplaced on a day when substitutes were brought in</translation>
        </message>
        <message>
            <source>Schema från {d}</source>
            <translation>Schedule from {d}</translation>
        </message>
        <message>
            <source>Schema:</source>
            <translation>Schedule:</translation>
        </message>
        <message>
            <source>Schemalagda timmar vecka {w}</source>
            <translation>Scheduled hours week {w}</translation>
        </message>
        <message>
            <source>Schemat börjar:</source>
            <translation>Schedule starts:</translation>
        </message>
        <message>
            <source>Schemat gäller från denna måndag tills enhetens nästa schema börjar</source>
            <translation>The schedule applies from this Monday until the unit's next schedule starts</translation>
        </message>
        <message>
            <source>Schemat täcker behovet varje timme i veckan.</source>
            <translation>The schedule covers the need every hour of the week.</translation>
        </message>
        <message>
            <source>Schemats kostnad mot budget i timmar</source>
            <translation>Schedule cost against the budget in hours</translation>
        </message>
        <message>
            <source>Senaste säkerhetskopia: {0}</source>
            <translation>Latest backup: {0}</translation>
        </message>
        <message>
            <source>Ska den nya databasen vara tom eller innehålla exempeldata?</source>
            <translation>Should the new database be empty or contain sample data?</translation>
        </message>
        <message>
            <source>Skapa</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Skapa schema</source>
            <translation>Create schedule</translation>
        </message>
        <message>
            <source>Skapar exempeldata … det tar några sekunder.</source>
            <translation>Creating sample data … this takes a few seconds.</translation>
        </message>
        <message>
            <source>Skriv belagda platser i en dag, eller klistra in en kolumn från Excel (Ctrl+V) från den valda dagen. Delete tömmer dagen.</source>
            <translation>Type the occupied places into a day, or paste a column from Excel (Ctrl+V) from the selected day. Delete clears the day.</translation>
        </message>
        <message>
            <source>Snitt h</source>
            <translation>Avg h</translation>
        </message>
        <message>
            <source>Spara bild…</source>
            <translation>Save image…</translation>
        </message>
        <message>
            <source>Spara diagrammet som en PNG-bild</source>
            <translation>Save the chart as a PNG image</translation>
        </message>
        <message>
            <source>Spara som</source>
            <translation>Save as</translation>
        </message>
        <message>
            <source>Spara valen som profil:</source>
            <translation>Save the choices as profile:</translation>
        </message>
        <message>
            <source>Sparade kolumnval för filer från samma system</source>
            <translation>Saved column choices for files from the same system</translation>
        </message>
        <message>
            <source>Stäng</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Syss.grad</source>
            <translation>Emp. rate</translation>
        </message>
        <message>
            <source>Sysselsättningsgrad</source>
            <translation>Employment rate</translation>
        </message>
        <message>
            <source>Sysselsättningsgrad i detta schema</source>
            <translation>Employment rate in this schedule</translation>
        </message>
        <message>
            <source>Sysselsättningsgrad × heltidsmått</source>
            <translation>Employment rate × full-time measure</translation>
        </message>
        <message>
            <source>Säkerhetskopia sparad: {0}</source>
            <translation>Backup saved: {0}</translation>
        </message>
        <message>
            <source>Sök i rad, kolumn, värden och användare …</source>
            <translation>Search rows, columns, values and users …</translation>
        </message>
        <message>
            <source>T.ex. en vikarie som ringdes in; ett nytt anställningsnummer blir en ny timavlönad</source>
            <translation>E.g. a substitute who was called in; a new employee number becomes a new hourly-paid employee</translation>
        </message>
        <message>
            <source>Ta bort import</source>
            <translation>Remove import</translation>
        </message>
        <message>
            <source>Ta bort import {0} ({1}, {2} rader från {3})? Det importen skrev tas bort; en säkerhetskopia sparas först.</source>
            <translation>Remove import {0} ({1}, {2} rows from {3})? What the import wrote is removed; a backup is saved first.</translation>
        </message>
        <message>
            <source>Ta bort passkod</source>
            <translation>Remove shift code</translation>
        </message>
        <message>
            <source>Ta bort rad</source>
            <translation>Remove row</translation>
        </message>
        <message>
            <source>Ta bort vald</source>
            <translation>Remove selected</translation>
        </message>
        <message>
            <source>Tillagda timmar per vecka</source>
            <translation>Added hours per week</translation>
        </message>
        <message>
            <source>Tillagda timmar t.o.m. 31 dec ({n} dagar)</source>
            <translation>Added hours up to 31 Dec ({n} days)</translation>
        </message>
        <message>
            <source>Timmar</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Timmar per vecka i snitt över cykeln</source>
            <translation>Hours per week on average over the cycle</translation>
        </message>
        <message>
            <source>Timmar per vecka. Missade = resurspass som inte användes samma dag som vikarie, mertid, övertid eller inhyrd personal anlitades.</source>
            <translation>Hours per week. Missed = resource shifts not used on a day when substitutes, additional hours, overtime or agency staff were used.</translation>
        </message>
        <message>
            <source>Tom databas</source>
            <translation>Empty database</translation>
        </message>
        <message>
            <source>Urval</source>
            <translation>Selection</translation>
        </message>
        <message>
            <source>Utfall</source>
            <translation>Actuals</translation>
        </message>
        <message>
            <source>Utkast: heltid som norm från {d}</source>
            <translation>Draft: full time as the norm from {d}</translation>
        </message>
        <message>
            <source>Vad diagrammet visar och hur siffrorna räknas: handboken (F1)</source>
            <translation>What the chart shows and how the figures are calculated: the manual (F1)</translation>
        </message>
        <message>
            <source>Vad:</source>
            <translation>What:</translation>
        </message>
        <message>
            <source>Var</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Varför</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Varje kolumn läses från filens kolumn till höger; ändra ett val om filen kallar kolumnen något annat (* = måste finnas).</source>
            <translation>Each column is read from the file's column on the right; change a choice if the file calls the column something else (* = required).</translation>
        </message>
        <message>
            <source>Vecka {w}, {d} (dag {n} i cykeln)</source>
            <translation>Week {w}, {d} (day {n} of the cycle)</translation>
        </message>
        <message>
            <source>Veckor</source>
            <translation>Weeks</translation>
        </message>
        <message>
            <source>Vikarietimmar {a} – {b} i fjol</source>
            <translation>Substitute hours {a} – {b} last year</translation>
        </message>
        <message>
            <source>Visa</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Visa ett år, ett kvartal eller en månad</source>
            <translation>Show a year, a quarter or a month</translation>
        </message>
        <message>
            <source>Visar de senaste {0} ändringarna; smalna av med valen ovan.</source>
            <translation>Showing the latest {0} changes; narrow them down with the filters above.</translation>
        </message>
        <message>
            <source>Välj en CSV- eller Excel-fil</source>
            <translation>Choose a CSV or Excel file</translation>
        </message>
        <message>
            <source>Välj en enhet för att se och ändra dess schema.</source>
            <translation>Choose a unit to see and change its schedule.</translation>
        </message>
        <message>
            <source>Välj en enhet i listan ovan: beläggningen registreras per enhet.</source>
            <translation>Choose a unit in the list above: occupancy is recorded per unit.</translation>
        </message>
        <message>
            <source>Välj en enhet i listan ovan: utfallet registreras per enhet.</source>
            <translation>Choose a unit in the list above: actuals are recorded per unit.</translation>
        </message>
        <message>
            <source>Välj en fil. Den provläses först; inget sparas förrän du klickar Importera.</source>
            <translation>Choose a file. It is checked first in a trial read; nothing is saved until you click Import.</translation>
        </message>
        <message>
            <source>Välj en import och klicka Ta bort import för att ta bort det den skrev.</source>
            <translation>Choose an import and click Remove import to remove what it wrote.</translation>
        </message>
        <message>
            <source>Välj en säkerhetskopia, inte databasen själv.</source>
            <translation>Choose a backup, not the database itself.</translation>
        </message>
        <message>
            <source>Välj fil att importera</source>
            <translation>Choose a file to import</translation>
        </message>
        <message>
            <source>Välj fil…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Välj flytten som ska tas bort.</source>
            <translation>Choose the move to remove.</translation>
        </message>
        <message>
            <source>Välj raden som ska tas bort.</source>
            <translation>Choose the row to remove.</translation>
        </message>
        <message>
            <source>Välj under Kolumner vilken av filens kolumner som är {0}; inget har sparats.</source>
            <translation>Choose under Columns which of the file's columns is {0}; nothing has been saved.</translation>
        </message>
        <message>
            <source>Välj vilken av filens kolumner som är {0} (* = måste finnas).</source>
            <translation>Choose which of the file's columns is {0} (* = required).</translation>
        </message>
        <message>
            <source>Välj…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Välkommen till vonapp</source>
            <translation>Welcome to vonapp</translation>
        </message>
        <message>
            <source>Värde</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>ack. avvikelse (nedan; plus = under budget)</source>
            <translation>cum. variance (below; plus = under budget)</translation>
        </message>
        <message>
            <source>ack. avvikelse, h</source>
            <translation>cum. variance, h</translation>
        </message>
        <message>
            <source>använda</source>
            <translation>used</translation>
        </message>
        <message>
            <source>arbetat</source>
            <translation>worked</translation>
        </message>
        <message>
            <source>av planerat</source>
            <translation>of planned</translation>
        </message>
        <message>
            <source>behövs bara för en ny anställd</source>
            <translation>only needed for a new employee</translation>
        </message>
        <message>
            <source>behövs för ett nytt nummer</source>
            <translation>needed for a new number</translation>
        </message>
        <message>
            <source>beläggning</source>
            <translation>occupancy</translation>
        </message>
        <message>
            <source>beläggning {0}</source>
            <translation>occupancy {0}</translation>
        </message>
        <message>
            <source>beläggning {0} dagar</source>
            <translation>occupancy {0} days</translation>
        </message>
        <message>
            <source>beläggning, %</source>
            <translation>occupancy, %</translation>
        </message>
        <message>
            <source>bemanningsbehov</source>
            <translation>staffing need</translation>
        </message>
        <message>
            <source>budget</source>
            <translation>budget</translation>
        </message>
        <message>
            <source>budgeterad</source>
            <translation>budgeted</translation>
        </message>
        <message>
            <source>budgeterad beläggning</source>
            <translation>budgeted occupancy</translation>
        </message>
        <message>
            <source>dag</source>
            <translation>day</translation>
        </message>
        <message>
            <source>ersättare</source>
            <translation>substitutes</translation>
        </message>
        <message>
            <source>flytta rad</source>
            <translation>move row</translation>
        </message>
        <message>
            <source>från in- och utflyttningar</source>
            <translation>from move-ins and move-outs</translation>
        </message>
        <message>
            <source>frånvaro</source>
            <translation>absence</translation>
        </message>
        <message>
            <source>fönstret</source>
            <translation>the window</translation>
        </message>
        <message>
            <source>gäller inte {d}; där gäller {s}</source>
            <translation>not in force on {d}; {s} applies then</translation>
        </message>
        <message>
            <source>gäller {d}</source>
            <translation>in force on {d}</translation>
        </message>
        <message>
            <source>i tjänst enligt schemat (snitt)</source>
            <translation>on duty per the schedule (average)</translation>
        </message>
        <message>
            <source>import</source>
            <translation>import</translation>
        </message>
        <message>
            <source>importerat</source>
            <translation>imported</translation>
        </message>
        <message>
            <source>ingen uppgift</source>
            <translation>no figure</translation>
        </message>
        <message>
            <source>ingen ännu</source>
            <translation>none yet</translation>
        </message>
        <message>
            <source>inget schema</source>
            <translation>no schedule</translation>
        </message>
        <message>
            <source>inlagt i fönstret</source>
            <translation>entered in the window</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>lägenhet</source>
            <translation>flat</translation>
        </message>
        <message>
            <source>lägg till anställd</source>
            <translation>add employee</translation>
        </message>
        <message>
            <source>lägg till tidrad {0}</source>
            <translation>add time row {0}</translation>
        </message>
        <message>
            <source>missade (vikarie m.fl. anlitades i stället)</source>
            <translation>missed (substitutes etc. were hired instead)</translation>
        </message>
        <message>
            <source>missat</source>
            <translation>missed</translation>
        </message>
        <message>
            <source>mot budget</source>
            <translation>against budget</translation>
        </message>
        <message>
            <source>månad</source>
            <translation>month</translation>
        </message>
        <message>
            <source>namn, t.ex. Heroma</source>
            <translation>name, e.g. Heroma</translation>
        </message>
        <message>
            <source>ny passkod</source>
            <translation>new shift code</translation>
        </message>
        <message>
            <source>nytt schema</source>
            <translation>new schedule</translation>
        </message>
        <message>
            <source>personal</source>
            <translation>staff</translation>
        </message>
        <message>
            <source>personal i tjänst</source>
            <translation>staff on duty</translation>
        </message>
        <message>
            <source>placera resurspass</source>
            <translation>place resource shift</translation>
        </message>
        <message>
            <source>placera {0} resurspass</source>
            <translation>place {0} resource shifts</translation>
        </message>
        <message>
            <source>placerat</source>
            <translation>placed</translation>
        </message>
        <message>
            <source>planerade i schemat</source>
            <translation>planned in the schedule</translation>
        </message>
        <message>
            <source>planerade, prognos (inget registrerat ännu)</source>
            <translation>planned, forecast (nothing recorded yet)</translation>
        </message>
        <message>
            <source>planerat</source>
            <translation>planned</translation>
        </message>
        <message>
            <source>platser och budgeterad beläggning {0}</source>
            <translation>places and budgeted occupancy {0}</translation>
        </message>
        <message>
            <source>prognos</source>
            <translation>forecast</translation>
        </message>
        <message>
            <source>prognos (schemalagt)</source>
            <translation>forecast (scheduled)</translation>
        </message>
        <message>
            <source>prognos →</source>
            <translation>forecast →</translation>
        </message>
        <message>
            <source>på {0} dag</source>
            <translation>on {0} day</translation>
        </message>
        <message>
            <source>på {0} dagar</source>
            <translation>on {0} days</translation>
        </message>
        <message>
            <source>rad {0}, {1}: {2}</source>
            <translation>row {0}, {1}: {2}</translation>
        </message>
        <message>
            <source>resurspass</source>
            <translation>resource shift</translation>
        </message>
        <message>
            <source>resurspass ej placerat</source>
            <translation>resource shifts not placed</translation>
        </message>
        <message>
            <source>samma period i fjol</source>
            <translation>same period last year</translation>
        </message>
        <message>
            <source>snitt</source>
            <translation>average</translation>
        </message>
        <message>
            <source>t.ex. 7,5</source>
            <translation>e.g. 7,5</translation>
        </message>
        <message>
            <source>t.ex. 9100 (tomt går för inhyrd)</source>
            <translation>e.g. 9100 (may be empty for agency staff)</translation>
        </message>
        <message>
            <source>ta bort flytt</source>
            <translation>remove move</translation>
        </message>
        <message>
            <source>ta bort passkod</source>
            <translation>remove shift code</translation>
        </message>
        <message>
            <source>ta bort rad</source>
            <translation>remove row</translation>
        </message>
        <message>
            <source>ta bort tidrad {0} {1}</source>
            <translation>remove time row {0} {1}</translation>
        </message>
        <message>
            <source>tills vidare</source>
            <translation>until further notice</translation>
        </message>
        <message>
            <source>timmar</source>
            <translation>hours</translation>
        </message>
        <message>
            <source>tkr</source>
            <translation>tkr</translation>
        </message>
        <message>
            <source>utfall</source>
            <translation>actual</translation>
        </message>
        <message>
            <source>v. {0}</source>
            <translation>wk {0}</translation>
        </message>
        <message>
            <source>v. {0} från {1}</source>
            <translation>wk {0} from {1}</translation>
        </message>
        <message>
            <source>vecka</source>
            <translation>week</translation>
        </message>
        <message>
            <source>vikarier trots oplacerat resurspass</source>
            <translation>substitutes despite unplaced resource shifts</translation>
        </message>
        <message>
            <source>vonapp</source>
            <translation>vonapp</translation>
        </message>
        <message>
            <source>vonapp hjälper dig som enhetschef att följa budget i timmar, resurspass, beläggning och åtgärdsplan – och att se var året landar innan det är slut. Allt sparas i en fil på din egen dator, och uppföljningsfilen till ekonomi skapas med ett klick.</source>
            <translation>vonapp helps you as a unit manager follow the budget in hours, resource shifts, occupancy and the action plan – and see where the year will end before it is over. Everything is saved in a file on your own computer, and the follow-up file for finance is made with one click.</translation>
        </message>
        <message>
            <source>vonapp – handbok</source>
            <translation>vonapp – manual</translation>
        </message>
        <message>
            <source>v{w}</source>
            <translation>wk{w}</translation>
        </message>
        <message>
            <source>v{w} h</source>
            <translation>wk{w} h</translation>
        </message>
        <message>
            <source>{0} celler utanför tabellen togs inte med.</source>
            <translation>{0} cells outside the table were left out.</translation>
        </message>
        <message>
            <source>{0} finns redan. Välj ett nytt filnamn – en befintlig fil öppnar du med Arkiv → Öppna…</source>
            <translation>{0} already exists. Choose a new file name – you open an existing file with File → Open…</translation>
        </message>
        <message>
            <source>{0} har {1} fel på {2} rader och kan inte importeras. Rätta raderna nedan i filen och välj den igen; inget har sparats.</source>
            <translation>{0} has {1} errors on {2} rows and cannot be imported. Correct the rows below in the file and choose it again; nothing has been saved.</translation>
        </message>
        <message>
            <source>{0} ligger utanför enhetens budgetår; importera budgeten för {1} först.</source>
            <translation>{0} is outside the unit's budget years; import the budget for {1} first.</translation>
        </message>
        <message>
            <source>{0} ligger utanför perioden.</source>
            <translation>{0} is outside the period.</translation>
        </message>
        <message>
            <source>{0} ligger utanför {1}; byt månad först.</source>
            <translation>{0} is outside {1}; change the month first.</translation>
        </message>
        <message>
            <source>{0} lägenhet {1}</source>
            <translation>{0} flat {1}</translation>
        </message>
        <message>
            <source>{0} pass, {1}; ej placerade {2} pass, {3}; av dem {4} pass på dagar med ersättare</source>
            <translation>{0} shifts, {1}; unplaced {2} shifts, {3}; of which {4} shifts on days with substitutes</translation>
        </message>
        <message>
            <source>{0} ändringar, senaste först.</source>
            <translation>{0} changes, newest first.</translation>
        </message>
        <message>
            <source>{0}: antal belagda kan inte vara negativt.</source>
            <translation>{0}: the number occupied cannot be negative.</translation>
        </message>
        <message>
            <source>{0}: belagda platser är ett helt antal.</source>
            <translation>{0}: occupied places are a whole number.</translation>
        </message>
        <message>
            <source>{0}: enheten har inget antal platser; ange platserna för året först (Platser ovan).</source>
            <translation>{0}: the unit has no number of places; enter the year's places first (Places above).</translation>
        </message>
        <message>
            <source>{0}: {1} av {2} platsdygn = {3}. {4}</source>
            <translation>{0}: {1} of {2} place-days = {3}. {4}</translation>
        </message>
        <message>
            <source>{0}: {1} av {2} platser{3} ({4})</source>
            <translation>{0}: {1} of {2} places{3} ({4})</translation>
        </message>
        <message>
            <source>{0}: {1} belagda är fler än enhetens {2} platser.</source>
            <translation>{0}: {1} occupied is more than the unit's {2} places.</translation>
        </message>
        <message>
            <source>{d} är en {w}; ett schema börjar en måndag.</source>
            <translation>{d} is a {w}; a schedule starts on a Monday.</translation>
        </message>
        <message>
            <source>{d} är en {w}; scenariot börjar en måndag.</source>
            <translation>{d} is a {w}; the scenario starts on a Monday.</translation>
        </message>
        <message>
            <source>{n} timmar i veckan under behovet (rött).</source>
            <translation>{n} hours a week below the need (red).</translation>
        </message>
        <message>
            <source>Ändringslogg</source>
            <translation>Change log</translation>
        </message>
        <message>
            <source>Återställ</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Återställ från säkerhetskopia</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>Öppna databas</source>
            <translation>Open database</translation>
        </message>
        <message>
            <source>Öppna exempeldata</source>
            <translation>Open sample data</translation>
        </message>
        <message>
            <source>Öppna mappen</source>
            <translation>Open the folder</translation>
        </message>
        <message>
            <source>Översikt</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>ändra bemanningsbehov</source>
            <translation>change staffing need</translation>
        </message>
        <message>
            <source>ändra passkod</source>
            <translation>change shift code</translation>
        </message>
        <message>
            <source>ändra schemat</source>
            <translation>change the schedule</translation>
        </message>
        <message>
            <source>ändra tidrad</source>
            <translation>change time row</translation>
        </message>
        <message>
            <source>ändra {0} tidrader</source>
            <translation>change {0} time rows</translation>
        </message>
        <message>
            <source>ändra {c}</source>
            <translation>change {c}</translation>
        </message>
    </context>
    <context>
        <name>AddEmployeeDialog</name>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="94" />
            <source>Lägg till anställd i schemat</source>
            <translation>Add an employee to the schedule</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="98" />
            <source>behövs bara för en ny anställd</source>
            <translation>only needed for a new employee</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="104" />
            <source>Anställningsnummer</source>
            <translation>Employee number</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="105" />
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="106" />
            <source>Sysselsättningsgrad</source>
            <translation>Employment rate</translation>
        </message>
    </context>
    <context>
        <name>AddRowDialog</name>
        <message>
            <location filename="../../vonapp/ui/utfall/add_row_dialog.py" line="26" />
            <source>Lägg till tidrad {0}</source>
            <translation>Add time row {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/add_row_dialog.py" line="30" />
            <source>t.ex. 9100 (tomt går för inhyrd)</source>
            <translation>e.g. 9100 (may be empty for agency staff)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/add_row_dialog.py" line="32" />
            <source>behövs för ett nytt nummer</source>
            <translation>needed for a new number</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/add_row_dialog.py" line="41" />
            <source>t.ex. 7,5</source>
            <translation>e.g. 7,5</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/add_row_dialog.py" line="45" />
            <source>Anställningsnummer</source>
            <translation>Employee number</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/add_row_dialog.py" line="46" />
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/add_row_dialog.py" line="47" />
            <source>Kategori</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/add_row_dialog.py" line="48" />
            <source>Frånvarotyp</source>
            <translation>Absence type</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/add_row_dialog.py" line="49" />
            <source>Placering</source>
            <translation>Placement</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/add_row_dialog.py" line="50" />
            <source>Timmar</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/add_row_dialog.py" line="53" />
            <source>Lägg till</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/add_row_dialog.py" line="54" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/add_row_dialog.py" line="75" />
            <source>Ange antal timmar.</source>
            <translation>Enter the number of hours.</translation>
        </message>
    </context>
    <context>
        <name>BelaggningPage</name>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="42" />
            <source>Dag</source>
            <translation>Day</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="42" />
            <source>Vecka</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="43" />
            <source>Månad</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="52" />
            <source>v. {0} ({1})</source>
            <translation>wk {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="95" />
            <source>Enhetens platser; årets inskrivna dagar följer med</source>
            <translation>The unit's places; the year's typed-in days follow</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="98" />
            <source>Budgeterad beläggning för året, i procent</source>
            <translation>Budgeted occupancy for the year, in per cent</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="100" />
            <source>Platser</source>
            <translation>Places</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="102" />
            <source>Budgeterad beläggning %</source>
            <translation>Budgeted occupancy %</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="106" />
            <source>Välj en enhet i listan ovan: beläggningen registreras per enhet.</source>
            <translation>Choose a unit in the list above: occupancy is recorded per unit.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="139" />
            <source>Belagda per dag</source>
            <translation>Occupied per day</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="140" />
            <source>In- och utflyttningar</source>
            <translation>Move-ins and move-outs</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="150" />
            <source>Beläggning per</source>
            <translation>Occupancy per</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="184" />
            <source>lägenhet</source>
            <translation>flat</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="189" />
            <source>Lägg till</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="190" />
            <source>Ta bort vald</source>
            <translation>Remove selected</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="201" />
            <source>En plats räknas som belagd från inflyttningsdagen, inte på utflyttningsdagen. Inskrivna dagar går före flyttarna.</source>
            <translation>A place counts as occupied from the move-in day, not on the move-out day. Typed-in days take precedence over the moves.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="256" />
            <source>fönstret</source>
            <translation>the window</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="256" />
            <source>import</source>
            <translation>import</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="282" />
            <source>Skriv belagda platser i en dag, eller klistra in en kolumn från Excel (Ctrl+V) från den valda dagen. Delete tömmer dagen.</source>
            <translation>Type the occupied places into a day, or paste a column from Excel (Ctrl+V) from the selected day. Delete clears the day.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="284" />
            <source>{0}: {1} av {2} platsdygn = {3}. {4}</source>
            <translation>{0}: {1} of {2} place-days = {3}. {4}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="310" />
            <source>beläggning {0}</source>
            <translation>occupancy {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="311" />
            <source>beläggning {0} dagar</source>
            <translation>occupancy {0} days</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="331" />
            <source>platser och budgeterad beläggning {0}</source>
            <translation>places and budgeted occupancy {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="344" />
            <source>{0} lägenhet {1}</source>
            <translation>{0} flat {1}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="351" />
            <source>Välj flytten som ska tas bort.</source>
            <translation>Choose the move to remove.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/page.py" line="354" />
            <source>ta bort flytt</source>
            <translation>remove move</translation>
        </message>
    </context>
    <context>
        <name>BudgetChart</name>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="44" />
            <source>v. {0} ({1}–{2})</source>
            <translation>wk {0} ({1}–{2})</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="54" />
            <source>Budget i timmar</source>
            <translation>Budget in hours</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="55" />
            <source>timmar</source>
            <translation>hours</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="56" />
            <source>ack. avvikelse, h</source>
            <translation>cum. variance, h</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="73" />
            <source>prognos →</source>
            <translation>forecast →</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="92" />
            <source>prognos (schemalagt)</source>
            <translation>forecast (scheduled)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="92" />
            <source>budget</source>
            <translation>budget</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="93" />
            <source>ack. avvikelse (nedan; plus = under budget)</source>
            <translation>cum. variance (below; plus = under budget)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="129" />
            <source>Inget registrerat ännu: staplarna visar schemat (prognos) mot budgeten.</source>
            <translation>Nothing recorded yet: the bars show the schedule (forecast) against the budget.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="134" />
            <source>Arbetade timmar per {0} mot budget, till och med {1}; därefter prognos enligt schemat till 31 december.</source>
            <translation>Hours worked per {0} against budget, up to {1}; after that the forecast from the schedule to 31 December.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="132" />
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="136" />
            <source>månad</source>
            <translation>month</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="131" />
            <source>Arbetade timmar per {0} mot budget.</source>
            <translation>Hours worked per {0} against budget.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="132" />
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="136" />
            <source>vecka</source>
            <translation>week</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="149" />
            <source>Budget: {0}</source>
            <translation>Budget: {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="151" />
            <source>Prognos (schemalagt): {0}</source>
            <translation>Forecast (scheduled): {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="153" />
            <source>Arbetat: {0}</source>
            <translation>Worked: {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="157" />
            <source>Därefter schemalagt: {0}</source>
            <translation>Scheduled after that: {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="160" />
            <source>Avvikelse (budget − {0}): {1}</source>
            <translation>Variance (budget − {0}): {1}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="161" />
            <source>prognos</source>
            <translation>forecast</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="161" />
            <source>utfall</source>
            <translation>actual</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="163" />
            <source>Avvikelse i kr: {0}</source>
            <translation>Variance in kr: {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="164" />
            <source>Ackumulerad avvikelse: {0}</source>
            <translation>Cumulative variance: {0}</translation>
        </message>
    </context>
    <context>
        <name>ChangeLogDialog</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="43" />
            <source>Ändringslogg</source>
            <translation>Change log</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="49" />
            <source>Alla tabeller</source>
            <translation>All tables</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="51" />
            <source>Alla enheter</source>
            <translation>All units</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="55" />
            <source>Alla källor</source>
            <translation>All sources</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="55" />
            <source>Fönstret</source>
            <translation>The window</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="56" />
            <source>Kommandoraden</source>
            <translation>The command line</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="56" />
            <source>Importer</source>
            <translation>Imports</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="59" />
            <source>Sök i rad, kolumn, värden och användare …</source>
            <translation>Search rows, columns, values and users …</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="62" />
            <source>&amp;Tabell:</source>
            <translation>&amp;Table:</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="62" />
            <source>&amp;Enhet:</source>
            <translation>&amp;Unit:</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="63" />
            <source>&amp;Källa:</source>
            <translation>S&amp;ource:</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="63" />
            <source>&amp;Sök:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="75" />
            <source>Stäng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="135" />
            <source>Inga ändringar loggade med dessa val.</source>
            <translation>No changes logged with these filters.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="137" />
            <source>Visar de senaste {0} ändringarna; smalna av med valen ovan.</source>
            <translation>Showing the latest {0} changes; narrow them down with the filters above.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="140" />
            <source>{0} ändringar, senaste först.</source>
            <translation>{0} changes, newest first.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/change_log_dialog.py" line="141" />
            <source>1 ändring.</source>
            <translation>1 change.</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <location filename="../../vonapp/ui/overview/charts/base.py" line="197" />
            <location filename="../../vonapp/ui/overview/charts/base.py" line="283" />
            <source>Spara bild…</source>
            <translation>Save image…</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/base.py" line="198" />
            <source>Spara diagrammet som en PNG-bild</source>
            <translation>Save the chart as a PNG image</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/base.py" line="202" />
            <source>Vad diagrammet visar och hur siffrorna räknas: handboken (F1)</source>
            <translation>What the chart shows and how the figures are calculated: the manual (F1)</translation>
        </message>
    </context>
    <context>
        <name>CodesTab</name>
        <message>
            <location filename="../../vonapp/ui/schema/side_tables.py" line="110" />
            <source>Ny passkod…</source>
            <translation>New shift code…</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/side_tables.py" line="110" />
            <source>Ta bort passkod</source>
            <translation>Remove shift code</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/side_tables.py" line="124" />
            <source>ändra passkod</source>
            <translation>change shift code</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/side_tables.py" line="131" />
            <source>Ny passkod</source>
            <translation>New shift code</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/side_tables.py" line="132" />
            <source>Passkod (tider, rast och resurspass ändrar du sedan i tabellen):</source>
            <translation>Shift code (you then change times, break and resource shift in the table):</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/side_tables.py" line="134" />
            <source>ny passkod</source>
            <translation>new shift code</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/side_tables.py" line="141" />
            <source>Markera passkoden som ska bort.</source>
            <translation>Select the shift code to remove.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/side_tables.py" line="144" />
            <source>ta bort passkod</source>
            <translation>remove shift code</translation>
        </message>
    </context>
    <context>
        <name>ColumnsBox</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_columns.py" line="36" />
            <source>Kolumn i vonapp</source>
            <translation>Column in vonapp</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_columns.py" line="36" />
            <source>Läses från filens kolumn</source>
            <translation>Read from the file's column</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_columns.py" line="44" />
            <source>Sparade kolumnval för filer från samma system</source>
            <translation>Saved column choices for files from the same system</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_columns.py" line="46" />
            <source>namn, t.ex. Heroma</source>
            <translation>name, e.g. Heroma</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_columns.py" line="47" />
            <source>Kolumnvalen sparas under namnet när du importerar</source>
            <translation>The column choices are saved under the name when you import</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_columns.py" line="49" />
            <source>Profil:</source>
            <translation>Profile:</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_columns.py" line="52" />
            <source>Spara valen som profil:</source>
            <translation>Save the choices as profile:</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_columns.py" line="104" />
            <source>(ingen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_columns.py" line="126" />
            <source>Välj vilken av filens kolumner som är {0} (* = måste finnas).</source>
            <translation>Choose which of the file's columns is {0} (* = required).</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_columns.py" line="130" />
            <source>Varje kolumn läses från filens kolumn till höger; ändra ett val om filen kallar kolumnen något annat (* = måste finnas).</source>
            <translation>Each column is read from the file's column on the right; change a choice if the file calls the column something else (* = required).</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="20" />
            <source>vonapp-databas (*.sqlite *.db);;Alla filer (*)</source>
            <translation>vonapp database (*.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="50" />
            <location filename="../../vonapp/ui/commands.py" line="59" />
            <source>Ny databas</source>
            <translation>New database</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="56" />
            <source>{0} finns redan. Välj ett nytt filnamn – en befintlig fil öppnar du med Arkiv → Öppna…</source>
            <translation>{0} already exists. Choose a new file name – you open an existing file with File → Open…</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="60" />
            <source>Ska den nya databasen vara tom eller innehålla exempeldata?</source>
            <translation>Should the new database be empty or contain sample data?</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="61" />
            <source>Tom databas</source>
            <translation>Empty database</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="62" />
            <source>Med exempeldata</source>
            <translation>With sample data</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="63" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="73" />
            <source>Öppna databas</source>
            <translation>Open database</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="106" />
            <source>Exempeldata skapad: {0}</source>
            <translation>Sample data created: {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="109" />
            <source>Skapar exempeldata … det tar några sekunder.</source>
            <translation>Creating sample data … this takes a few seconds.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="120" />
            <source>Säkerhetskopia sparad: {0}</source>
            <translation>Backup saved: {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="131" />
            <source>Återställ från säkerhetskopia</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="138" />
            <source>Välj en säkerhetskopia, inte databasen själv.</source>
            <translation>Choose a backup, not the database itself.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="141" />
            <source>Återställ</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="142" />
            <source>Databasens innehåll ersätts med säkerhetskopian {0}.

Det nuvarande innehållet sparas först i en ny säkerhetskopia, så du kan ångra genom att återställa den. Fortsätt?</source>
            <translation>The database's contents will be replaced with the backup {0}.

The current contents are first saved in a new backup, so you can undo this by restoring that one. Continue?</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="159" />
            <source>Databasen återställd från {0}; innehållet före sparades i {1}.</source>
            <translation>Database restored from {0}; the previous contents were saved in {1}.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="230" />
            <source>Alla enheter</source>
            <translation>All units</translation>
        </message>
    </context>
    <context>
        <name>DayPanel</name>
        <message>
            <location filename="../../vonapp/ui/utfall/day_panel.py" line="88" />
            <source>Föregående dag</source>
            <translation>Previous day</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/day_panel.py" line="93" />
            <source>Nästa dag</source>
            <translation>Next day</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/day_panel.py" line="98" />
            <source>Lägg till rad …</source>
            <translation>Add row …</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/day_panel.py" line="99" />
            <source>T.ex. en vikarie som ringdes in; ett nytt anställningsnummer blir en ny timavlönad</source>
            <translation>E.g. a substitute who was called in; a new employee number becomes a new hourly-paid employee</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/day_panel.py" line="101" />
            <source>Ta bort rad</source>
            <translation>Remove row</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/day_panel.py" line="117" />
            <source>Blå rader är inlagda eller ändrade i fönstret</source>
            <translation>Blue rows were added or changed in the window</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/day_panel.py" line="119" />
            <source>Anst.nr</source>
            <translation>Emp. no.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/day_panel.py" line="119" />
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/day_panel.py" line="120" />
            <source>Pass</source>
            <translation>Shift</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/day_panel.py" line="120" />
            <source>Timmar</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/day_panel.py" line="121" />
            <source>Resurspass</source>
            <translation>Resource shifts</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/day_panel.py" line="150" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/day_panel.py" line="186" />
            <source>ändra tidrad</source>
            <translation>change time row</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/day_panel.py" line="186" />
            <source>ändra {0} tidrader</source>
            <translation>change {0} time rows</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/day_panel.py" line="196" />
            <source>Välj raden som ska tas bort.</source>
            <translation>Choose the row to remove.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/day_panel.py" line="199" />
            <source>ta bort tidrad {0} {1}</source>
            <translation>remove time row {0} {1}</translation>
        </message>
        <message>
            <source>fönstret</source>
            <translation>the window</translation>
        </message>
        <message>
            <source>import</source>
            <translation>import</translation>
        </message>
        <message>
            <source>import, ändrad</source>
            <translation>import, changed</translation>
        </message>
    </context>
    <context>
        <name>EkonomiPage</name>
        <message>
            <location filename="../../vonapp/ui/ekonomi/page.py" line="33" />
            <source>Verksamhetens intäkter</source>
            <translation>Operating income</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/ekonomi/page.py" line="34" />
            <source>Personalkostnader</source>
            <translation>Personnel costs</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/ekonomi/page.py" line="35" />
            <location filename="../../vonapp/ui/ekonomi/page.py" line="39" />
            <source>Lokalhyror</source>
            <translation>Premises rent</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/ekonomi/page.py" line="36" />
            <location filename="../../vonapp/ui/ekonomi/page.py" line="40" />
            <source>Köp av tjänster</source>
            <translation>Purchased services</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/ekonomi/page.py" line="37" />
            <source>Övriga kostnader</source>
            <translation>Other costs</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/ekonomi/page.py" line="38" />
            <source>Intäkter</source>
            <translation>Income</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/ekonomi/page.py" line="38" />
            <source>Personal</source>
            <translation>Personnel</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/ekonomi/page.py" line="41" />
            <source>Övriga</source>
            <translation>Other</translation>
        </message>
        <message>
            <source> Senaste prognos {0}.</source>
            <translation> Latest forecast {0}.</translation>
        </message>
        <message>
            <source>Avvikelse
prognos/budget</source>
            <translation>Variance
forecast/budget</translation>
        </message>
        <message>
            <source>Budget helår</source>
            <translation>Full-year budget</translation>
        </message>
        <message>
            <source>Budget och utfall per månad</source>
            <translation>Budget and actual by month</translation>
        </message>
        <message>
            <source>Diff. utfall
mot i fjol</source>
            <translation>Diff. actual
vs last year</translation>
        </message>
        <message>
            <source>Din prognos för helåret. Utan egen prognos: utfall hittills + budget för resten av året (grå).</source>
            <translation>Your forecast for the full year. Without your own forecast: actual so far + budget for the rest of the year (grey).</translation>
        </message>
        <message>
            <source>Ekonomi {0} – {1}</source>
            <translation>Finance {0} – {1}</translation>
        </message>
        <message>
            <source>Ersättningsmodell</source>
            <translation>Compensation model</translation>
        </message>
        <message>
            <source>Förra
prognosen</source>
            <translation>Previous
forecast</translation>
        </message>
        <message>
            <source>Förändring sedan
förra prognosen</source>
            <translation>Change since the
previous forecast</translation>
        </message>
        <message>
            <source>Helår</source>
            <translation>Full year</translation>
        </message>
        <message>
            <source>Kategori</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Månad</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Prognos helår
(ekonomi)</source>
            <translation>Full-year forecast
(finance)</translation>
        </message>
        <message>
            <source>Prognosens
datum</source>
            <translation>Forecast
date</translation>
        </message>
        <message>
            <source>Summaraden räknas fram.</source>
            <translation>The total rows are calculated.</translation>
        </message>
        <message>
            <source>Utfall bokfört till och med {0}. Grå prognos: utfall hittills + budget för resten av året (ingen egen prognos satt). Kostnader är negativa; avvikelse = prognos − budget, positiv är bättre än budget.{1}</source>
            <translation>Actuals booked up to {0}. Grey forecast: actual so far + budget for the rest of the year (no forecast of your own set). Costs are negative; variance = forecast − budget, positive is better than budget.{1}</translation>
        </message>
        <message>
            <source>Utfall samma
period i fjol</source>
            <translation>Actual same
period last year</translation>
        </message>
        <message>
            <source>Utfall {0}</source>
            <translation>Actual {0}</translation>
        </message>
        <message>
            <source>Verksamhetens nettokostnader</source>
            <translation>Net operating costs</translation>
        </message>
        <message>
            <source>Välj en modell i tabellen först.</source>
            <translation>Choose a model in the table first.</translation>
        </message>
        <message>
            <source>hittills</source>
            <translation>so far</translation>
        </message>
        <message>
            <source>ingen månad ännu</source>
            <translation>no month yet</translation>
        </message>
        <message>
            <source>ny ersättningsmodell</source>
            <translation>new compensation model</translation>
        </message>
        <message>
            <source>ny modell</source>
            <translation>new model</translation>
        </message>
        <message>
            <source>ny modell {0}</source>
            <translation>new model {0}</translation>
        </message>
        <message>
            <source>ny prognos</source>
            <translation>new forecast</translation>
        </message>
        <message>
            <source>t.o.m. {0}</source>
            <translation>up to {0}</translation>
        </message>
        <message>
            <source>ta bort ersättningsmodell</source>
            <translation>remove compensation model</translation>
        </message>
        <message>
            <source>{0}
budget</source>
            <translation>{0}
budget</translation>
        </message>
        <message>
            <source>{0}
utfall</source>
            <translation>{0}
actual</translation>
        </message>
        <message>
            <source>ändra budget/utfall</source>
            <translation>change budget/actual</translation>
        </message>
        <message>
            <source>ändra ersättningsmodell</source>
            <translation>change compensation model</translation>
        </message>
    </context>
    <context>
        <name>ExcelTableView</name>
        <message>
            <location filename="../../vonapp/ui/editing/view.py" line="216" />
            <source>{0} celler utanför tabellen togs inte med.</source>
            <translation>{0} cells outside the table were left out.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="33" />
            <source>Uppföljningsfil för ekonomi (xlsx)</source>
            <translation>Follow-up file for finance (xlsx)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="34" />
            <source>Excel-fil (*.xlsx)</source>
            <translation>Excel file (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="35" />
            <source>Tabell (CSV)</source>
            <translation>Table (CSV)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="35" />
            <source>CSV-fil (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="36" />
            <source>Rapport (PDF)</source>
            <translation>Report (PDF)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="36" />
            <source>PDF-fil (*.pdf)</source>
            <translation>PDF file (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="52" />
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="79" />
            <source>Exportera</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="64" />
            <source>Perioden väljs i huvudfönstret</source>
            <translation>The period is chosen in the main window</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="66" />
            <source>Välj…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="70" />
            <source>Ersätt namn och anställningsnummer med pseudonymer</source>
            <translation>Replace names and employee numbers with pseudonyms</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="71" />
            <source>För filer som lämnar enheten: inga namn och inga anställningsnummer, bara Anställd 1, 2 …</source>
            <translation>For files that leave the unit: no names and no employee numbers, only Anställd 1, 2 …</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="73" />
            <source>Vad:</source>
            <translation>What:</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="74" />
            <source>Enhet:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="75" />
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="76" />
            <source>Fil:</source>
            <translation>File:</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="80" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="101" />
            <source>Spara som</source>
            <translation>Save as</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="108" />
            <source>Ange en fil att spara till.</source>
            <translation>Enter a file to save to.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="121" />
            <source>Exporterar …</source>
            <translation>Exporting …</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="126" />
            <source>Filen är sparad:
{0}</source>
            <translation>The file is saved:
{0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="127" />
            <source>Öppna mappen</source>
            <translation>Open the folder</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="139" />
            <source>Exporten avbröts; ingen fil skrevs.</source>
            <translation>The export was cancelled; no file was written.</translation>
        </message>
    </context>
    <context>
        <name>FilterLine</name>
        <message>
            <location filename="../../vonapp/ui/editing/filtering.py" line="38" />
            <source>Filtrera …</source>
            <translation>Filter …</translation>
        </message>
    </context>
    <context>
        <name>FrameTableModel</name>
        <message>
            <location filename="../../vonapp/ui/editing/model.py" line="236" />
            <source>rad {0}, {1}: {2}</source>
            <translation>row {0}, {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/editing/model.py" line="244" />
            <source>Cellerna går inte att ändra här.</source>
            <translation>These cells cannot be changed here.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/editing/model.py" line="294" />
            <source>{0} av {1} celler ändrades inte: {2}</source>
            <translation>{0} of {1} cells were not changed: {2}</translation>
        </message>
        <message>
            <source> eller </source>
            <translation> or </translation>
        </message>
        <message>
            <source>{0} finns inte bland valen: {1}.</source>
            <translation>{0} is not one of the choices: {1}.</translation>
        </message>
        <message>
            <source>{0} måste ha ett värde.</source>
            <translation>{0} must have a value.</translation>
        </message>
        <message>
            <source>{0} är inget datum; skriv till exempel 2024-05-01.</source>
            <translation>{0} is not a date; write, for example, 2024-05-01.</translation>
        </message>
        <message>
            <source>{0} är inget tal.</source>
            <translation>{0} is not a number.</translation>
        </message>
        <message>
            <source>{0}: ange ett heltal, inte {1}.</source>
            <translation>{0}: enter a whole number, not {1}.</translation>
        </message>
    </context>
    <context>
        <name>HandbookDialog</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/handbook.py" line="29" />
            <source>vonapp – handbok</source>
            <translation>vonapp – manual</translation>
        </message>
    </context>
    <context>
        <name>HeltidDialog</name>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="123" />
            <source>Heltid som norm – {u}</source>
            <translation>Full time as the norm – {u}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="134" />
            <source>Från måndag</source>
            <translation>From Monday</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="135" />
            <source>Höj alla under</source>
            <translation>Raise everyone below</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="137" />
            <source>Räknar …</source>
            <translation>Calculating …</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="142" />
            <source>Skapa schema</source>
            <translation>Create schedule</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="143" />
            <source>Ett nytt schema från måndagen, en kopia av det som gäller, med de höjda sysselsättningsgraderna; de tillagda timmarna läggs som resurspass.</source>
            <translation>A new schedule from the Monday, a copy of the one in force, with the raised employment rates; the added hours are placed as resource shifts.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="158" />
            <source>{d} är en {w}; scenariot börjar en måndag.</source>
            <translation>{d} is a {w}; the scenario starts on a Monday.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="174" />
            <source>Anställda som höjs till {r}</source>
            <translation>Employees raised to {r}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="175" />
            <source>Tillagda timmar per vecka</source>
            <translation>Added hours per week</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="176" />
            <source>Tillagda timmar t.o.m. 31 dec ({n} dagar)</source>
            <translation>Added hours up to 31 Dec ({n} days)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="177" />
            <source>Kostnad för de tillagda timmarna</source>
            <translation>Cost of the added hours</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="178" />
            <source>Vikarietimmar {a} – {b} i fjol</source>
            <translation>Substitute hours {a} – {b} last year</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="182" />
            <source>De tillagda timmarna blir resurspass ({h} h per vecka) som kan ersätta vikarier, mertid, övertid och inhyrd personal (heltidsmått {f} h).</source>
            <translation>The added hours become resource shifts ({h} h per week) that can replace substitutes, additional hours, overtime and agency staff (full-time measure {f} h).</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <location filename="../../vonapp/ui/undo.py" line="39" />
            <source>import av {0}</source>
            <translation>import of {0}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="46" />
            <source>Budget – enheter och budgetår</source>
            <translation>Budget – units and budget years</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="47" />
            <source>Schema – passkoder och rullande schema (xlsx)</source>
            <translation>Schedule – shift codes and rotating schedule (xlsx)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="48" />
            <source>Tid – arbetade timmar och frånvaro</source>
            <translation>Time – hours worked and absence</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="49" />
            <source>Beläggning – platser per dag eller in-/utflyttningar</source>
            <translation>Occupancy – places per day or move-ins/move-outs</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="50" />
            <source>Utförande – tid hos kund, bomtid, avböjd tid</source>
            <translation>Delivery – time with clients, idle time, declined time</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="51" />
            <source>Åtgärder – åtgärdsplanen</source>
            <translation>Measures – the action plan</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="52" />
            <source>Ekonomi – budget och utfall i kr</source>
            <translation>Finance – budget and actuals in kr</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="54" />
            <source>Importfiler (*.csv *.xlsx *.txt);;Alla filer (*)</source>
            <translation>Import files (*.csv *.xlsx *.txt);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="66" />
            <source>Importera fil</source>
            <translation>Import file</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="79" />
            <source>Välj en CSV- eller Excel-fil</source>
            <translation>Choose a CSV or Excel file</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="80" />
            <source>Välj fil…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="97" />
            <source>Schemat gäller från denna måndag tills enhetens nästa schema börjar</source>
            <translation>The schedule applies from this Monday until the unit's next schedule starts</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="98" />
            <source>Ersätt befintliga</source>
            <translation>Replace existing</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="99" />
            <source>Ersätt data som redan finns för samma dagar (eller samma budgetår) med filens; utan krysset vägras en fil som ändrar något</source>
            <translation>Replace data that already exists for the same days (or the same budget year) with the file's; without the tick a file that changes anything is refused</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="102" />
            <source>Fil:</source>
            <translation>File:</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="103" />
            <source>Filtyp:</source>
            <translation>File type:</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="104" />
            <source>Enhet:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="105" />
            <source>Schemat börjar:</source>
            <translation>Schedule starts:</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="108" />
            <source>Välj en fil. Den provläses först; inget sparas förrän du klickar Importera.</source>
            <translation>Choose a file. It is checked first in a trial read; nothing is saved until you click Import.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="134" />
            <source>Provläsning</source>
            <translation>Trial read</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="135" />
            <source>Filens första rader</source>
            <translation>The file's first rows</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="136" />
            <source>Kolumner</source>
            <translation>Columns</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="139" />
            <source>Provläs</source>
            <translation>Trial read</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="140" />
            <source>Importera</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="141" />
            <source>Stäng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="168" />
            <source>Välj fil att importera</source>
            <translation>Choose a file to import</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="204" />
            <source>Läser {0} …</source>
            <translation>Reading {0} …</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="218" />
            <source>Filtypen är ändrad till {0}: filens rubriker är en {1}-fils. </source>
            <translation>The file type has been changed to {0}: the file's headings are those of a {1} file. </translation>
        </message>
        <message>
            <source>Datum som {0} läses som dag/månad/år ({1}); kontrollera att filen inte skriver månaden först.</source>
            <translation>Dates such as {0} are read as day/month/year ({1}); check that the file does not write the month first.</translation>
        </message>
        <message>
            <source>Kolumnen {0} används inte och hoppas över.</source>
            <translation>The column {0} is not used and is skipped.</translation>
        </message>
        <message>
            <source>Kolumnerna {0} används inte och hoppas över.</source>
            <translation>The columns {0} are not used and are skipped.</translation>
        </message>
    </context>
    <context>
        <name>ImportRun</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_run.py" line="34" />
            <source>Filens rubriker passar filtypen {0}, inte {1}: välj {0} under Filtyp, eller välj kolumnerna under Kolumner.</source>
            <translation>The file's headings fit the file type {0}, not {1}: choose {0} under File type, or choose the columns under Columns.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_run.py" line="37" />
            <source>Välj under Kolumner vilken av filens kolumner som är {0}; inget har sparats.</source>
            <translation>Choose under Columns which of the file's columns is {0}; nothing has been saved.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_run.py" line="41" />
            <source>Provläser {0} …</source>
            <translation>Trial reading {0} …</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_run.py" line="55" />
            <source>Filen är redan importerad; det finns inget nytt att läsa in.</source>
            <translation>The file has already been imported; there is nothing new to read in.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_run.py" line="57" />
            <source>Provläsningen gick bra. Kontrollera raderna nedan och klicka Importera.</source>
            <translation>The trial read went well. Check the rows below and click Import.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_run.py" line="75" />
            <source>{0} har {1} fel på {2} rader och kan inte importeras. Rätta raderna nedan i filen och välj den igen; inget har sparats.</source>
            <translation>{0} has {1} errors on {2} rows and cannot be imported. Correct the rows below in the file and choose it again; nothing has been saved.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_run.py" line="82" />
            <source>Filen ändrar data som redan finns; inget har sparats. Kryssa i {0} för att ersätta, eller ta bort den tidigare importen under Arkiv → Importer…</source>
            <translation>The file changes data that already exists; nothing has been saved. Tick {0} to replace it, or remove the earlier import under File → Imports…</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_run.py" line="89" />
            <source>Filen kan inte importeras som den är; inget har sparats.</source>
            <translation>The file cannot be imported as it is; nothing has been saved.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_run.py" line="100" />
            <location filename="../../vonapp/ui/dialogs/import_run.py" line="105" />
            <source>Importerar {0} …</source>
            <translation>Importing {0} …</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_run.py" line="113" />
            <source>Klart: {0} Ångra med Redigera → Ångra, eller ta bort importen under Arkiv → Importer….</source>
            <translation>Done: {0} Undo with Edit → Undo, or remove the import under File → Imports….</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_run.py" line="117" />
            <source>Stäng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_run.py" line="123" />
            <source>Importen avbröts; inget ändrades i databasen.</source>
            <translation>The import was cancelled; nothing changed in the database.</translation>
        </message>
    </context>
    <context>
        <name>ImportsDialog</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/imports_list.py" line="35" />
            <source>Importer</source>
            <translation>Imports</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/imports_list.py" line="39" />
            <source>Välj en import och klicka Ta bort import för att ta bort det den skrev.</source>
            <translation>Choose an import and click Remove import to remove what it wrote.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/imports_list.py" line="50" />
            <location filename="../../vonapp/ui/dialogs/imports_list.py" line="98" />
            <source>Ta bort import</source>
            <translation>Remove import</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/imports_list.py" line="51" />
            <source>Stäng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/imports_list.py" line="79" />
            <source>Inga importer ännu.</source>
            <translation>No imports yet.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/imports_list.py" line="99" />
            <source>Ta bort import {0} ({1}, {2} rader från {3})? Det importen skrev tas bort; en säkerhetskopia sparas först.</source>
            <translation>Remove import {0} ({1}, {2} rows from {3})? What the import wrote is removed; a backup is saved first.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../vonapp/ui/main_window.py" line="72" />
            <source>Urval</source>
            <translation>Selection</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/main_window.py" line="78" />
            <source>&amp;Enhet:</source>
            <translation>&amp;Unit:</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/main_window.py" line="80" />
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/main_window.py" line="241" />
            <source> – exempeldata</source>
            <translation> – sample data</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/main_window.py" line="347" />
            <source>Databasen är tom. Lägg in enheter och budget med Arkiv → Importera… (filtyp Budget). Vill du först prova med påhittade enheter: välj Arkiv → Ny databas… och Med exempeldata.</source>
            <translation>The database is empty. Add units and budget with File → Import… (file type Budget). To try it first with made-up units, choose File → New database… and With sample data.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/main_window.py" line="358" />
            <source>vonapp</source>
            <translation>vonapp</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/main_window.py" line="393" />
            <source>Kontrollen vid stängning fann att databasen är skadad: {0}.

Starta vonapp igen för att återställa den senaste hela säkerhetskopian, eller kör `vonapp check`.</source>
            <translation>The check on closing found that the database is damaged: {0}.

Start vonapp again to restore the latest intact backup, or run `vonapp check`.</translation>
        </message>
    </context>
    <context>
        <name>MonthModel</name>
        <message>
            <location filename="../../vonapp/ui/belaggning/calendar.py" line="88" />
            <source>v. {0}</source>
            <translation>wk {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/calendar.py" line="122" />
            <source>inlagt i fönstret</source>
            <translation>entered in the window</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/calendar.py" line="122" />
            <source>importerat</source>
            <translation>imported</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/calendar.py" line="123" />
            <source>från in- och utflyttningar</source>
            <translation>from move-ins and move-outs</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/calendar.py" line="123" />
            <source>ingen uppgift</source>
            <translation>no figure</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/calendar.py" line="125" />
            <source>{0}: {1} av {2} platser{3} ({4})</source>
            <translation>{0}: {1} of {2} places{3} ({4})</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/calendar.py" line="144" />
            <source>{0} ligger utanför enhetens budgetår; importera budgeten för {1} först.</source>
            <translation>{0} is outside the unit's budget years; import the budget for {1} first.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/calendar.py" line="149" />
            <source>{0}: enheten har inget antal platser; ange platserna för året först (Platser ovan).</source>
            <translation>{0}: the unit has no number of places; enter the year's places first (Places above).</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/calendar.py" line="153" />
            <source>{0}: belagda platser är ett helt antal.</source>
            <translation>{0}: occupied places are a whole number.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/calendar.py" line="155" />
            <source>{0}: antal belagda kan inte vara negativt.</source>
            <translation>{0}: the number occupied cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/calendar.py" line="157" />
            <source>{0}: {1} belagda är fler än enhetens {2} platser.</source>
            <translation>{0}: {1} occupied is more than the unit's {2} places.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/calendar.py" line="166" />
            <source>{0} ligger utanför {1}; byt månad först.</source>
            <translation>{0} is outside {1}; change the month first.</translation>
        </message>
    </context>
    <context>
        <name>NeedTab</name>
        <message>
            <location filename="../../vonapp/ui/schema/side_tables.py" line="161" />
            <source>Personal som behövs per timme och veckodag (t.ex. 3 eller 2,5). Kopiera gärna in från Excel.</source>
            <translation>Staff needed per hour and weekday (e.g. 3 or 2,5). You can paste from Excel.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/side_tables.py" line="183" />
            <source>ändra bemanningsbehov</source>
            <translation>change staffing need</translation>
        </message>
    </context>
    <context>
        <name>NewScheduleDialog</name>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="51" />
            <source>Nytt schema från…</source>
            <translation>New schedule from…</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="53" />
            <source>Kopierar {s}. Det gamla schemat gäller till dagen före.</source>
            <translation>Copies {s}. The old schedule applies until the day before.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="54" />
            <source>Ett tomt schema; lägg sedan till anställda och pass.</source>
            <translation>An empty schedule; then add employees and shifts.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="58" />
            <source> veckor</source>
            <translation> weeks</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="60" />
            <source>Cykel</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="64" />
            <source>Gäller från (måndag)</source>
            <translation>Valid from (Monday)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="65" />
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="68" />
            <source>Skapa</source>
            <translation>Create</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="76" />
            <source>Schema från {d}</source>
            <translation>Schedule from {d}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/dialogs.py" line="84" />
            <source>{d} är en {w}; ett schema börjar en måndag.</source>
            <translation>{d} is a {w}; a schedule starts on a Monday.</translation>
        </message>
    </context>
    <context>
        <name>OccupancyChart</name>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="29" />
            <source>Beläggning</source>
            <translation>Occupancy</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="30" />
            <source>beläggning, %</source>
            <translation>occupancy, %</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="38" />
            <source>Ingen beläggning att visa</source>
            <translation>No occupancy to show</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="41" />
            <source>beläggning</source>
            <translation>occupancy</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="42" />
            <source>budgeterad beläggning</source>
            <translation>budgeted occupancy</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="43" />
            <source>samma period i fjol</source>
            <translation>same period last year</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="58" />
            <source>Belagda platsdygn i procent av tillgängliga, per {0}.</source>
            <translation>Occupied place-days as a percentage of those available, per {0}.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="59" />
            <source>dag</source>
            <translation>day</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="59" />
            <source>vecka</source>
            <translation>week</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="63" />
            <source>Ingen beläggning registrerad för perioden: enheten har inga platser eller ingen beläggning är importerad.</source>
            <translation>No occupancy recorded for the period: the unit has no places or no occupancy has been imported.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="79" />
            <source>v. {0} från {1}</source>
            <translation>wk {0} from {1}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="81" />
            <source>Beläggning: {0}</source>
            <translation>Occupancy: {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="82" />
            <source>&amp;nbsp;&amp;nbsp;{0} av {1} platsdygn</source>
            <translation>&amp;nbsp;&amp;nbsp;{0} of {1} place-days</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="84" />
            <source>Budget: {0}</source>
            <translation>Budget: {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="87" />
            <source>I fjol: {0}</source>
            <translation>Last year: {0}</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../vonapp/ui/overview/page.py" line="31" />
            <source>Översikt</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/page.py" line="33" />
            <source>Laddar översikten …</source>
            <translation>Loading the overview …</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/page.py" line="124" />
            <source>Alla enheter</source>
            <translation>All units</translation>
        </message>
    </context>
    <context>
        <name>PeriodSelector</name>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="87" />
            <source>Kv {0} {1}</source>
            <translation>Q{0} {1}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="99" />
            <source>År {0}</source>
            <translation>Year {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="141" />
            <source>År</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="141" />
            <source>Kvartal</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="141" />
            <source>Månad</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="143" />
            <source>Visa ett år, ett kvartal eller en månad</source>
            <translation>Show a year, a quarter or a month</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="146" />
            <source>Föregående period (Alt+Vänster)</source>
            <translation>Previous period (Alt+Left)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="150" />
            <source>Perioden som siffrorna gäller</source>
            <translation>The period the figures apply to</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="153" />
            <source>Nästa period (Alt+Höger)</source>
            <translation>Next period (Alt+Right)</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <location filename="../../vonapp/ui/areas.py" line="90" />
            <source>Den här delen kommer i en senare version. Data du importerar redan nu (Arkiv → Importera…) sparas och visas här när delen är klar.</source>
            <translation>This part is coming in a later version. Data you import already now (File → Import…) is saved and will show here when the part is ready.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/problems_model.py" line="17" />
            <source>Rad</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/problems_model.py" line="17" />
            <source>Kolumn</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/problems_model.py" line="17" />
            <source>Värde</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/problems_model.py" line="17" />
            <source>Varför</source>
            <translation>Why</translation>
        </message>
    </context>
    <context>
        <name>RegisterPanel</name>
        <message>
            <location filename="../../vonapp/ui/utfall/register.py" line="52" />
            <source>Bara ej placerade</source>
            <translation>Unplaced only</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/register.py" line="53" />
            <source>Denna vecka</source>
            <translation>This week</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/register.py" line="58" />
            <source>Röda rader: passet stod oplacerat en dag då ersättare togs in</source>
            <translation>Red rows: the shift was left unplaced on a day when substitutes were brought in</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/register.py" line="79" />
            <source>Denna vecka (v. {0})</source>
            <translation>This week (wk {0})</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/register.py" line="143" />
            <source>Inga resurspass i schemat för urvalet.</source>
            <translation>No resource shifts in the schedule for the selection.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/register.py" line="153" />
            <source>{0} pass, {1}; ej placerade {2} pass, {3}; av dem {4} pass på dagar med ersättare</source>
            <translation>{0} shifts, {1}; unplaced {2} shifts, {3}; of which {4} shifts on days with substitutes</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/register.py" line="158" />
            <source>; {0} kommande pass efter {1} (inget registrerat ännu)</source>
            <translation>; {0} upcoming shifts after {1} (nothing recorded yet)</translation>
        </message>
    </context>
    <context>
        <name>ResurspassChart</name>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="48" />
            <source>planerade, prognos (inget registrerat ännu)</source>
            <translation>planned, forecast (nothing recorded yet)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="85" />
            <source>Inget registrerat ännu (prognos)</source>
            <translation>Nothing recorded yet (forecast)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="30" />
            <source>Resurspass</source>
            <translation>Resource shifts</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="31" />
            <source>timmar</source>
            <translation>hours</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="46" />
            <source>planerade i schemat</source>
            <translation>planned in the schedule</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="49" />
            <source>använda</source>
            <translation>used</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="50" />
            <source>missade (vikarie m.fl. anlitades i stället)</source>
            <translation>missed (substitutes etc. were hired instead)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="67" />
            <source>Timmar per vecka. Missade = resurspass som inte användes samma dag som vikarie, mertid, övertid eller inhyrd personal anlitades.</source>
            <translation>Hours per week. Missed = resource shifts not used on a day when substitutes, additional hours, overtime or agency staff were used.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="70" />
            <source>Inga resurspass i schemat under perioden.</source>
            <translation>No resource shifts in the schedule during the period.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="81" />
            <source>v. {0} från {1}</source>
            <translation>wk {0} from {1}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="84" />
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="88" />
            <source>Planerade: {0}</source>
            <translation>Planned: {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="89" />
            <source>Använda: {0}</source>
            <translation>Used: {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="90" />
            <source>&amp;nbsp;&amp;nbsp;i egen enhet {0}, i annan enhet {1}</source>
            <translation>&amp;nbsp;&amp;nbsp;in own unit {0}, in another unit {1}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="92" />
            <source>Missade: {0} = {1}</source>
            <translation>Missed: {0} = {1}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="115" />
            <source>v. {0}</source>
            <translation>wk {0}</translation>
        </message>
    </context>
    <context>
        <name>ScheduleGridModel</name>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="33" />
            <source>dag</source>
            <translation>day</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="34" />
            <source>kväll</source>
            <translation>evening</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="35" />
            <source>natt</source>
            <translation>night</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="36" />
            <source>resurspass</source>
            <translation>resource shift</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="78" />
            <source>Passkoden {value} finns inte</source>
            <translation>The shift code {value} does not exist</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="79" />
            <source>Anst.nr</source>
            <translation>Emp. no.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="79" />
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="80" />
            <source>Syss.grad</source>
            <translation>Emp. rate</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="81" />
            <source>Sysselsättningsgrad i detta schema</source>
            <translation>Employment rate in this schedule</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="90" />
            <source>Vecka {w}, {d} (dag {n} i cykeln)</source>
            <translation>Week {w}, {d} (day {n} of the cycle)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="93" />
            <source>v{w} h</source>
            <translation>wk{w} h</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="94" />
            <source>Schemalagda timmar vecka {w}</source>
            <translation>Scheduled hours week {w}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="82" />
            <source>Snitt h</source>
            <translation>Avg h</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="83" />
            <source>Timmar per vecka i snitt över cykeln</source>
            <translation>Hours per week on average over the cycle</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="84" />
            <source>Mål h</source>
            <translation>Target h</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="85" />
            <source>Sysselsättningsgrad × heltidsmått</source>
            <translation>Employment rate × full-time measure</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="234" />
            <source>v{w}</source>
            <translation>wk{w}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="248" />
            <source>Ange sysselsättningsgraden i procent, 1–100.</source>
            <translation>Enter the employment rate in per cent, 1–100.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/grid_model.py" line="249" />
            <source>Sysselsättningsgraden {0} % går inte; ange 1–100 %.</source>
            <translation>An employment rate of {0} % is not possible; enter 1–100 %.</translation>
        </message>
    </context>
    <context>
        <name>SchemaEdits</name>
        <message>
            <location filename="../../vonapp/ui/schema/page_edits.py" line="34" />
            <source>ändra schemat</source>
            <translation>change the schedule</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page_edits.py" line="34" />
            <source>ändra {c}</source>
            <translation>change {c}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page_edits.py" line="47" />
            <source>Ledig (töm)</source>
            <translation>Off (clear)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page_edits.py" line="81" />
            <source>lägg till anställd</source>
            <translation>add employee</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page_edits.py" line="87" />
            <source>Markera en cell i raden som ska bort.</source>
            <translation>Select a cell in the row to remove.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page_edits.py" line="90" />
            <source>ta bort rad</source>
            <translation>remove row</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page_edits.py" line="95" />
            <source>Markera en cell i raden som ska flyttas.</source>
            <translation>Select a cell in the row to move.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page_edits.py" line="100" />
            <source>flytta rad</source>
            <translation>move row</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page_edits.py" line="115" />
            <location filename="../../vonapp/ui/schema/page_edits.py" line="130" />
            <source>nytt schema</source>
            <translation>new schedule</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page_edits.py" line="153" />
            <source>Utkast: heltid som norm från {d}</source>
            <translation>Draft: full time as the norm from {d}</translation>
        </message>
    </context>
    <context>
        <name>SchemaPage</name>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="69" />
            <location filename="../../vonapp/ui/schema/page.py" line="225" />
            <source>Nytt schema från…</source>
            <translation>New schedule from…</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="69" />
            <source>Lägg till anställd…</source>
            <translation>Add employee…</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="70" />
            <source>Ta bort rad</source>
            <translation>Remove row</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="70" />
            <source>Flytta upp</source>
            <translation>Move up</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="71" />
            <source>Flytta ned</source>
            <translation>Move down</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="71" />
            <source>Heltid som norm…</source>
            <translation>Full time as the norm…</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="73" />
            <source>Schema:</source>
            <translation>Schedule:</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="88" />
            <source> regelavvikelse </source>
            <translation> rule breach </translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="151" />
            <source>Schema</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="152" />
            <source>Passkoder</source>
            <translation>Shift codes</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="153" />
            <source>Bemanningsbehov</source>
            <translation>Staffing need</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="181" />
            <source>Välj en enhet för att se och ändra dess schema.</source>
            <translation>Choose a unit to see and change its schedule.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="192" />
            <source>&lt;b&gt;Schema&lt;/b&gt;</source>
            <translation>&lt;b&gt;Schedule&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="206" />
            <location filename="../../vonapp/ui/schema/page.py" line="235" />
            <source>tills vidare</source>
            <translation>until further notice</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="219" />
            <source>&lt;b&gt;{u}&lt;/b&gt; har inget schema ännu.</source>
            <translation>&lt;b&gt;{u}&lt;/b&gt; has no schedule yet.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="220" />
            <source>Lägg upp passkoder under fliken Passkoder och importera ett schema (Arkiv → Importera, schema), eller skapa ett från ett befintligt.</source>
            <translation>Set up shift codes on the Shift codes tab and import a schedule (File → Import, schedule), or create one from an existing one.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="232" />
            <source>gäller {d}</source>
            <translation>in force on {d}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="233" />
            <source>gäller inte {d}; där gäller {s}</source>
            <translation>not in force on {d}; {s} applies then</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="234" />
            <source>inget schema</source>
            <translation>no schedule</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="236" />
            <source>&lt;b&gt;{u}&lt;/b&gt; · {n} ({a} – {b}), {w} veckors cykel, heltidsmått {f} h · {s}</source>
            <translation>&lt;b&gt;{u}&lt;/b&gt; · {n} ({a} – {b}), {w}-week cycle, full-time measure {f} h · {s}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="274" />
            <source>&lt;b&gt;Arbetstidsregler&lt;/b&gt;: {n} avvikelser (varningar – schemat sparas ändå)</source>
            <translation>&lt;b&gt;Working-time rules&lt;/b&gt;: {n} breaches (warnings – the schedule is saved anyway)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/page.py" line="276" />
            <source>&lt;b&gt;Arbetstidsregler&lt;/b&gt;: inga avvikelser</source>
            <translation>&lt;b&gt;Working-time rules&lt;/b&gt;: no breaches</translation>
        </message>
    </context>
    <context>
        <name>StaffingChart</name>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="32" />
            <source>Bemanning under en vecka</source>
            <translation>Staffing over a week</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="33" />
            <source>personal i tjänst</source>
            <translation>staff on duty</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="46" />
            <source>i tjänst enligt schemat (snitt)</source>
            <translation>on duty per the schedule (average)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="47" />
            <source>bemanningsbehov</source>
            <translation>staffing need</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="62" />
            <source>Genomsnittligt antal i tjänst per timme under perioden, måndag till söndag.</source>
            <translation>Average number on duty per hour during the period, Monday to Sunday.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="64" />
            <source>Inget schema under perioden att visa bemanningen från.</source>
            <translation>No schedule in the period to show the staffing from.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="66" />
            <source>Inget bemanningsbehov registrerat.</source>
            <translation>No staffing need recorded.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="78" />
            <source>I tjänst: {0}</source>
            <translation>On duty: {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="79" />
            <source>Behov: {0}</source>
            <translation>Need: {0}</translation>
        </message>
    </context>
    <context>
        <name>StaffingCurve</name>
        <message>
            <location filename="../../vonapp/ui/schema/curve.py" line="54" />
            <source>personal</source>
            <translation>staff</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/curve.py" line="64" />
            <source>&lt;span style="color:#1F5FA8"&gt;&lt;b&gt;━&lt;/b&gt;&lt;/span&gt; i tjänst enligt schemat (snitt över cykeln) &amp;nbsp; &lt;b&gt;╌&lt;/b&gt; behov &amp;nbsp; &lt;span style="color:#E8505B"&gt;■&lt;/span&gt; underbemannat</source>
            <translation>&lt;span style="color:#1F5FA8"&gt;&lt;b&gt;━&lt;/b&gt;&lt;/span&gt; on duty per the schedule (cycle average) &amp;nbsp; &lt;b&gt;╌&lt;/b&gt; need &amp;nbsp; &lt;span style="color:#E8505B"&gt;■&lt;/span&gt; understaffed</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/curve.py" line="89" />
            <source>{n} timmar i veckan under behovet (rött).</source>
            <translation>{n} hours a week below the need (red).</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/curve.py" line="90" />
            <source>Schemat täcker behovet varje timme i veckan.</source>
            <translation>The schedule covers the need every hour of the week.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/curve.py" line="94" />
            <source>Inget bemanningsbehov registrerat – ange det under fliken Bemanningsbehov.</source>
            <translation>No staffing need recorded – enter it on the Staffing need tab.</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../../vonapp/ui/statusbar.py" line="23" />
            <source>Arbetar …</source>
            <translation>Working …</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/statusbar.py" line="39" />
            <source>Databas: {0}</source>
            <translation>Database: {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/statusbar.py" line="43" />
            <source>ingen ännu</source>
            <translation>none yet</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/statusbar.py" line="44" />
            <source>Senaste säkerhetskopia: {0}</source>
            <translation>Latest backup: {0}</translation>
        </message>
    </context>
    <context>
        <name>Tile</name>
        <message>
            <location filename="../../vonapp/ui/overview/tiles.py" line="68" />
            <source>Högerklicka för att läsa mer i handboken.</source>
            <translation>Right-click to read more in the manual.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/tiles.py" line="80" />
            <source>Läs mer i handboken</source>
            <translation>Read more in the manual</translation>
        </message>
    </context>
    <context>
        <name>UnitSelector</name>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="33" />
            <source>Enheten som siffrorna gäller (Alla enheter = summan av alla)</source>
            <translation>The unit the figures apply to (All units = the sum of all)</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="41" />
            <source>Alla enheter</source>
            <translation>All units</translation>
        </message>
    </context>
    <context>
        <name>UtfallPage</name>
        <message>
            <location filename="../../vonapp/ui/utfall/page.py" line="86" />
            <source>Välj en enhet i listan ovan: utfallet registreras per enhet.</source>
            <translation>Choose a unit in the list above: actuals are recorded per unit.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/page.py" line="104" />
            <source>Dagar</source>
            <translation>Days</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/page.py" line="104" />
            <source>Veckor</source>
            <translation>Weeks</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/page.py" line="105" />
            <location filename="../../vonapp/ui/utfall/page.py" line="331" />
            <source>Bara problemdagar</source>
            <translation>Problem days only</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/page.py" line="106" />
            <source>Dagar då vikarier, mertid, övertid eller inhyrda togs in medan resurspass stod oplacerade</source>
            <translation>Days when substitutes, additional hours, overtime or agency staff were used while resource shifts stood unplaced</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/page.py" line="108" />
            <source>Visa</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/page.py" line="111" />
            <source>Klicka på en dag för att öppna den nedan.</source>
            <translation>Click a day to open it below.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/page.py" line="126" />
            <source>Dagar och veckor</source>
            <translation>Days and weeks</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/page.py" line="129" />
            <source>Resurspassregister</source>
            <translation>Resource shift register</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/page.py" line="137" />
            <source>Periodens frånvarotimmar efter vad som ersatte dem. Koppla en frånvarorad till raden som ersatte den i kolumnen Ersatt av under Dagar och veckor.</source>
            <translation>The period's absence hours by what covered them. Link an absence row to the row that covered it in the Covered by column under Days and weeks.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/page.py" line="154" />
            <source>Frånvaro och ersättning</source>
            <translation>Absence and cover</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/page.py" line="200" />
            <source>placera resurspass</source>
            <translation>place resource shift</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/page.py" line="201" />
            <source>placera {0} resurspass</source>
            <translation>place {0} resource shifts</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/page.py" line="304" />
            <source>, t.o.m. {0}</source>
            <translation>, up to {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/page.py" line="331" />
            <source>Bara problemveckor</source>
            <translation>Problem weeks only</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/page.py" line="345" />
            <source>{0} ligger utanför perioden.</source>
            <translation>{0} is outside the period.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/utfall/page.py" line="374" />
            <source>lägg till tidrad {0}</source>
            <translation>add time row {0}</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/welcome.py" line="17" />
            <source>Välkommen till vonapp</source>
            <translation>Welcome to vonapp</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/welcome.py" line="21" />
            <source>vonapp hjälper dig som enhetschef att följa budget i timmar, resurspass, beläggning och åtgärdsplan – och att se var året landar innan det är slut. Allt sparas i en fil på din egen dator, och uppföljningsfilen till ekonomi skapas med ett klick.</source>
            <translation>vonapp helps you as a unit manager follow the budget in hours, resource shifts, occupancy and the action plan – and see where the year will end before it is over. Everything is saved in a file on your own computer, and the follow-up file for finance is made with one click.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/welcome.py" line="26" />
            <source>Exempeldata är påhittade enheter som visar hur allt fungerar. Med en tom databas börjar du med att importera en budgetfil (Arkiv → Importera…).</source>
            <translation>Sample data is made-up units that show how everything works. With an empty database you start by importing a budget file (File → Import…).</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/welcome.py" line="30" />
            <source>Öppna exempeldata</source>
            <translation>Open sample data</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/welcome.py" line="31" />
            <source>Börja med en tom databas</source>
            <translation>Start with an empty database</translation>
        </message>
    </context>
    <context>
        <name>YearOccupancyChart</name>
        <message>
            <location filename="../../vonapp/ui/belaggning/chart.py" line="16" />
            <source>dag</source>
            <translation>day</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/chart.py" line="16" />
            <source>vecka</source>
            <translation>week</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/chart.py" line="17" />
            <source>månad</source>
            <translation>month</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/chart.py" line="24" />
            <source>Beläggning mot budget och i fjol</source>
            <translation>Occupancy against budget and last year</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/chart.py" line="27" />
            <source>beläggning, %</source>
            <translation>occupancy, %</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/chart.py" line="35" />
            <source>beläggning</source>
            <translation>occupancy</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/chart.py" line="36" />
            <source>budgeterad</source>
            <translation>budgeted</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/chart.py" line="37" />
            <source>samma period i fjol</source>
            <translation>same period last year</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/chart.py" line="56" />
            <source>Belagda platsdygn i procent av tillgängliga, per {0}.</source>
            <translation>Occupied place-days as a percentage of those available, per {0}.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/chart.py" line="60" />
            <source>Ingen beläggning registrerad för året.</source>
            <translation>No occupancy recorded for the year.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/chart.py" line="74" />
            <source>Beläggning: {0}</source>
            <translation>Occupancy: {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/chart.py" line="75" />
            <source>Budget: {0}</source>
            <translation>Budget: {0}</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/belaggning/chart.py" line="76" />
            <source>I fjol: {0}</source>
            <translation>Last year: {0}</translation>
        </message>
    </context>
    <context>
        <name>_FindingsModel</name>
        <message>
            <location filename="../../vonapp/ui/schema/panels.py" line="106" />
            <source>Anst.nr</source>
            <translation>Emp. no.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/panels.py" line="106" />
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/panels.py" line="106" />
            <source>Regel</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/panels.py" line="106" />
            <source>Var</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/schema/panels.py" line="106" />
            <source>Funnet</source>
            <translation>Found</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../vonapp/ui/app.py" line="97" />
            <source>Databasen {0} är skadad ({1}) och det finns ingen hel säkerhetskopia i {2}. Återställ en kopia du har med `vonapp restore FIL --db {0}`.</source>
            <translation>The database {0} is damaged ({1}) and there is no intact backup in {2}. Restore a copy you have with `vonapp restore FIL --db {0}`.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/app.py" line="103" />
            <source>Databasen {0} är skadad ({1}).

Vill du återställa den senaste hela säkerhetskopian ({2})? Den skadade filen sparas bredvid under ett eget namn.</source>
            <translation>The database {0} is damaged ({1}).

Do you want to restore the latest intact backup ({2})? The damaged file is kept beside it under a name of its own.</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/app.py" line="111" />
            <source>Återställningen misslyckades ({0}). Databasen är oförändrad.</source>
            <translation>The restore failed ({0}). The database is unchanged.</translation>
        </message>
    </context>
    <context>
        <name>handbook</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/handbook.py" line="17" />
            <source>handbok.sv.html</source>
            <translation>handbok.en.html</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../vonapp/ui/messages.py" line="16" />
            <source>Något gick fel ({0}: {1}). Inget ändrades i databasen. Försök igen; kvarstår felet, starta om programmet.</source>
            <translation>Something went wrong ({0}: {1}). Nothing was changed in the database. Try again; if the error persists, restart the program.</translation>
        </message>
        <message>
            <source>, kolumn "{column}"</source>
            <translation>, column "{column}"</translation>
        </message>
        <message>
            <source>--out {file}: den användarens hemmapp finns inte; skriv hela sökvägen.</source>
            <translation>--out {file}: that user's home folder does not exist; write the whole path.</translation>
        </message>
        <message>
            <source>1 ny timavlönad anställd: {people}</source>
            <translation>1 new hourly-paid employee: {people}</translation>
        </message>
        <message>
            <source>1 rad</source>
            <translation>1 row</translation>
        </message>
        <message>
            <source>2023, 2023-Q1, 2023-03 eller 2023-01-01..2023-03-31</source>
            <translation>2023, 2023-Q1, 2023-03 or 2023-01-01..2023-03-31</translation>
        </message>
        <message>
            <source>Andel timavlönade</source>
            <translation>Hourly-paid share</translation>
        </message>
        <message>
            <source>Ange enheten med --unit NAMN (kända enheter: {known}).</source>
            <translation>Give the unit with --unit NAME (known units: {known}).</translation>
        </message>
        <message>
            <source>Arbetade timmar (utfall)</source>
            <translation>Hours worked (actual)</translation>
        </message>
        <message>
            <source>Avböjda besök</source>
            <translation>Declined visits</translation>
        </message>
        <message>
            <source>Avvikelse kr (budget − utfall)</source>
            <translation>Variance kr (budget − actual)</translation>
        </message>
        <message>
            <source>Avvikelse timmar (budget − utfall)</source>
            <translation>Variance hours (budget − actual)</translation>
        </message>
        <message>
            <source>Beläggning</source>
            <translation>Occupancy</translation>
        </message>
        <message>
            <source>Bomtid</source>
            <translation>Idle time</translation>
        </message>
        <message>
            <source>Budget helår kr</source>
            <translation>Full-year budget kr</translation>
        </message>
        <message>
            <source>Budget helår timmar</source>
            <translation>Full-year budget hours</translation>
        </message>
        <message>
            <source>Budget i timmar</source>
            <translation>Budget in hours</translation>
        </message>
        <message>
            <source>Budget i timmar hela perioden</source>
            <translation>Budget in hours, whole period</translation>
        </message>
        <message>
            <source>Budget kr</source>
            <translation>Budget kr</translation>
        </message>
        <message>
            <source>Budget kr hela perioden</source>
            <translation>Budget kr, whole period</translation>
        </message>
        <message>
            <source>Budgeterad beläggning</source>
            <translation>Budgeted occupancy</translation>
        </message>
        <message>
            <source>CSV-fil</source>
            <translation>CSV file</translation>
        </message>
        <message>
            <source>Databasen {path} används redan av vonapp på datorn {host} (process {pid}, sedan {since}). Stäng det programmet först.</source>
            <translation>The database {path} is already in use by vonapp on the computer {host} (process {pid}, since {since}). Close that program first.</translation>
        </message>
        <message>
            <source>Databasen {path} finns inte. Skapa den med `vonapp demo` eller öppna programmet.</source>
            <translation>The database {path} does not exist. Create it with `vonapp demo` or open the program.</translation>
        </message>
        <message>
            <source>Databasen {path} är skrivskyddad (eller ligger i en skrivskyddad mapp). Kopiera den till en mapp där du får skriva, eller be om skrivbehörighet.</source>
            <translation>The database {path} is read-only (or lies in a read-only folder). Copy it to a folder you may write to, or ask for write permission.</translation>
        </message>
        <message>
            <source>Databasen {path} är upptagen av ett annat program. Försök igen om en stund.</source>
            <translation>The database {path} is busy in another program. Try again in a moment.</translation>
        </message>
        <message>
            <source>Det finns ingen databas ännu ({path}). Starta programmet med `vonapp` eller skapa exempeldata med `vonapp demo`.</source>
            <translation>There is no database yet ({path}). Start the program with `vonapp` or create demo data with `vonapp demo`.</translation>
        </message>
        <message>
            <source>Disken där {path} ligger är full. Frigör utrymme och försök igen; inget ändrades.</source>
            <translation>The disk holding {path} is full. Free some space and try again; nothing was changed.</translation>
        </message>
        <message>
            <source>Dygnsvila</source>
            <translation>Daily rest</translation>
        </message>
        <message>
            <source>En importfil gäller en enhet; ange enhetens namn med --unit, inte all.</source>
            <translation>An import file is for one unit; give the unit's name with --unit, not all.</translation>
        </message>
        <message>
            <source>Enheten {unit} finns inte. Kända enheter: {known} (eller all).</source>
            <translation>The unit {unit} does not exist. Known units: {known} (or all).</translation>
        </message>
        <message>
            <source>Ersätter data som redan finns:</source>
            <translation>Replaces data already there:</translation>
        </message>
        <message>
            <source>Filen {path} finns inte.</source>
            <translation>The file {path} does not exist.</translation>
        </message>
        <message>
            <source>Frånvarotimmar</source>
            <translation>Absence hours</translation>
        </message>
        <message>
            <source>Fönstret kan inte starta: systembibliotek som Qt behöver saknas ({packages}). Installera dem med: sudo apt-get install {install}</source>
            <translation>The window cannot start: system libraries that Qt needs are missing ({packages}). Install them with: sudo apt-get install {install}</translation>
        </message>
        <message>
            <source>Import {number} finns inte; se listan med `vonapp imports`.</source>
            <translation>Import {number} does not exist; see the list with `vonapp imports`.</translation>
        </message>
        <message>
            <source>Importen avbröts; inget ändrades i databasen.</source>
            <translation>The import was cancelled; nothing changed in the database.</translation>
        </message>
        <message>
            <source>Importerade {rows} från {file}{where} (import {number}).</source>
            <translation>Imported {rows} from {file}{where} (import {number}).</translation>
        </message>
        <message>
            <source>Ingen skärm hittades (varken DISPLAY eller WAYLAND_DISPLAY är satt), så fönstret kan inte visas. Starta vonapp från skrivbordet, eller använd kommandona utan fönster (vonapp summary, vonapp export …; se vonapp --help).</source>
            <translation>No screen was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot be shown. Start vonapp from the desktop, or use the commands without a window (vonapp summary, vonapp export …; see vonapp --help).</translation>
        </message>
        <message>
            <source>Kan inte läsa filen: {problem}.</source>
            <translation>Cannot read the file: {problem}.</translation>
        </message>
        <message>
            <source>Kan inte skriva filen: {problem}.</source>
            <translation>Cannot write the file: {problem}.</translation>
        </message>
        <message>
            <source>Kvar till åtgärdskrav tkr</source>
            <translation>Left to savings requirement tkr</translation>
        </message>
        <message>
            <source>Mappen {folder} finns inte. Skapa den eller välj en annan --db.</source>
            <translation>The folder {folder} does not exist. Create it or choose another --db.</translation>
        </message>
        <message>
            <source>Mappen {folder} finns inte; välj en befintlig mapp för {file}.</source>
            <translation>The folder {folder} does not exist; choose an existing folder for {file}.</translation>
        </message>
        <message>
            <source>Mappen {folder} går inte att skriva i ({reason}).</source>
            <translation>The folder {folder} cannot be written to ({reason}).</translation>
        </message>
        <message>
            <source>Mappen {folder} går inte att skriva i; välj en annan mapp.</source>
            <translation>The folder {folder} cannot be written to; choose another folder.</translation>
        </message>
        <message>
            <source>Missade resurspass kr</source>
            <translation>Missed resource shifts kr</translation>
        </message>
        <message>
            <source>Missade resurspass timmar</source>
            <translation>Missed resource shift hours</translation>
        </message>
        <message>
            <source>Okänd exporttyp {kind}; välj {kinds}.</source>
            <translation>Unknown export type {kind}; choose {kinds}.</translation>
        </message>
        <message>
            <source>Okänd filtyp {kind}; välj {kinds}.</source>
            <translation>Unknown file type {kind}; choose {kinds}.</translation>
        </message>
        <message>
            <source>PDF-rapport</source>
            <translation>PDF report</translation>
        </message>
        <message>
            <source>Planerade timmar (schema)</source>
            <translation>Planned hours (schedule)</translation>
        </message>
        <message>
            <source>Profilen {profile} sparades; nästa gång räcker --profile {name}.</source>
            <translation>The profile {profile} was saved; next time --profile {name} is enough.</translation>
        </message>
        <message>
            <source>Prognos helår kr</source>
            <translation>Full-year forecast kr</translation>
        </message>
        <message>
            <source>Prognos helår timmar</source>
            <translation>Full-year forecast hours</translation>
        </message>
        <message>
            <source>Provkörning: importen skulle vägras.</source>
            <translation>Dry run: the import would be refused.</translation>
        </message>
        <message>
            <source>Provkörning: inget skrevs.</source>
            <translation>Dry run: nothing was written.</translation>
        </message>
        <message>
            <source>Resurspass använda timmar</source>
            <translation>Resource shifts, hours used</translation>
        </message>
        <message>
            <source>Resurspass nyttjandegrad</source>
            <translation>Resource shifts, usage rate</translation>
        </message>
        <message>
            <source>Resurspass planerade timmar</source>
            <translation>Resource shifts, planned hours</translation>
        </message>
        <message>
            <source>Sjukfrånvaro</source>
            <translation>Sickness absence</translation>
        </message>
        <message>
            <source>Sysselsättning</source>
            <translation>Employment rate</translation>
        </message>
        <message>
            <source>Säkerhetskopia före importen: {file}</source>
            <translation>Backup before the import: {file}</translation>
        </message>
        <message>
            <source>Utfall kr</source>
            <translation>Actual kr</translation>
        </message>
        <message>
            <source>Utförandegrad</source>
            <translation>Delivery rate</translation>
        </message>
        <message>
            <source>Veckoarbetstid</source>
            <translation>Weekly working time</translation>
        </message>
        <message>
            <source>Veckovila</source>
            <translation>Weekly rest</translation>
        </message>
        <message>
            <source>arbetade timmar och frånvaro per anställd och dag</source>
            <translation>hours worked and absence per employee and day</translation>
        </message>
        <message>
            <source>avbruten</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>beläggning per dag eller in- och utflyttningar</source>
            <translation>occupancy per day or move-ins and move-outs</translation>
        </message>
        <message>
            <source>budget och utfall i kr per månad och kategori</source>
            <translation>budget and actuals in kr per month and category</translation>
        </message>
        <message>
            <source>dag {day} ({weekday} v. {week})</source>
            <translation>day {day} ({weekday} wk {week})</translation>
        </message>
        <message>
            <source>databasen</source>
            <translation>the database</translation>
        </message>
        <message>
            <source>delningsdagen ligger utanför perioden</source>
            <translation>the split day lies outside the period</translation>
        </message>
        <message>
            <source>dem</source>
            <translation>them</translation>
        </message>
        <message>
            <source>ej påbörjad</source>
            <translation>not started</translation>
        </message>
        <message>
            <source>enheter och deras budgetår</source>
            <translation>units and their budget years</translation>
        </message>
        <message>
            <source>fredag</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>genomförd</source>
            <translation>done</translation>
        </message>
        <message>
            <source>inga enheter ännu</source>
            <translation>no units yet</translation>
        </message>
        <message>
            <source>inga enheter ännu; importera en budgetfil först</source>
            <translation>no units yet; import a budget file first</translation>
        </message>
        <message>
            <source>inga rubriker</source>
            <translation>no headings</translation>
        </message>
        <message>
            <source>ligger utanför åren {first}–{last}</source>
            <translation>lies outside the years {first}–{last}</translation>
        </message>
        <message>
            <source>längsta vila {hours} h, minst {limit} h</source>
            <translation>longest rest {hours} h, at least {limit} h</translation>
        </message>
        <message>
            <source>lördag</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>måndag</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>nyckeltal och indikatorer: Kolada-id, mål, utfall, bedömning</source>
            <translation>key figures and indicators: Kolada id, target, actual, assessment</translation>
        </message>
        <message>
            <source>obs: filnamnet slutar inte på {suffix}, men filen är en {what}</source>
            <translation>note: the file name does not end in {suffix}, but the file is a {what}</translation>
        </message>
        <message>
            <source>och {count} till</source>
            <translation>and {count} more</translation>
        </message>
        <message>
            <source>onsdag</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>perioden {period} slutar före den börjar</source>
            <translation>the period {period} ends before it starts</translation>
        </message>
        <message>
            <source>perioden {text} har ingen månad {month}; skriv {help}</source>
            <translation>the period {text} has no month {month}; write {help}</translation>
        </message>
        <message>
            <source>perioden {text} innehåller ett datum som inte finns</source>
            <translation>the period {text} contains a date that does not exist</translation>
        </message>
        <message>
            <source>perioden {text} innehåller ett datum som inte finns; skriv {help}</source>
            <translation>the period {text} contains a date that does not exist; write {help}</translation>
        </message>
        <message>
            <source>perioden {text} känns inte igen; skriv {help}</source>
            <translation>the period {text} is not recognised; write {help}</translation>
        </message>
        <message>
            <source>perioden {text} ligger utanför åren {first}–{last}; skriv {help}</source>
            <translation>the period {text} lies outside the years {first}–{last}; write {help}</translation>
        </message>
        <message>
            <source>perioden {text} slutar före den börjar</source>
            <translation>the period {text} ends before it starts</translation>
        </message>
        <message>
            <source>pågår</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>raden har {fields} fält men rubrikraden har {width}; kontrollera avgränsare och citattecken</source>
            <translation>the row has {fields} fields but the heading row has {width}; check the delimiters and quotation marks</translation>
        </message>
        <message>
            <source>rullande schema (xlsx: bladen passkoder och schema); --from en måndag</source>
            <translation>rotating schedule (xlsx: the sheets passkoder and schema); --from a Monday</translation>
        </message>
        <message>
            <source>snitt över cykeln</source>
            <translation>average over the cycle</translation>
        </message>
        <message>
            <source>söndag</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>till {unit}</source>
            <translation>into {unit}</translation>
        </message>
        <message>
            <source>tisdag</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>torsdag</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>uppföljningsfil (xlsx)</source>
            <translation>follow-up file (xlsx)</translation>
        </message>
        <message>
            <source>utförandegrad: arbetad tid, tid hos kund, bomtid, avböjd tid</source>
            <translation>delivery rate: worked time, time with clients, idle time, declined time</translation>
        </message>
        <message>
            <source>vecka {week}</source>
            <translation>week {week}</translation>
        </message>
        <message>
            <source>vila {hours} h, minst {limit} h</source>
            <translation>rest {hours} h, at least {limit} h</translation>
        </message>
        <message>
            <source>{batch} har delvis ersatts av import {numbers}; ångra den först.</source>
            <translation>{batch} has partly been replaced by import {numbers}; undo that first.</translation>
        </message>
        <message>
            <source>{batch} är ångrad.</source>
            <translation>{batch} is undone.</translation>
        </message>
        <message>
            <source>{category}: {rows}, {hours} timmar</source>
            <translation>{category}: {rows}, {hours} hours</translation>
        </message>
        <message>
            <source>{count} nya timavlönade anställda: {people}</source>
            <translation>{count} new hourly-paid employees: {people}</translation>
        </message>
        <message>
            <source>{count} rader</source>
            <translation>{count} rows</translation>
        </message>
        <message>
            <source>{file} kunde inte skrivas (tom fil); inget sparades.</source>
            <translation>{file} could not be written (empty file); nothing was saved.</translation>
        </message>
        <message>
            <source>{file} kunde inte skrivas ({reason}); inget sparades.</source>
            <translation>{file} could not be written ({reason}); nothing was saved.</translation>
        </message>
        <message>
            <source>{file} rad {row}</source>
            <translation>{file} row {row}</translation>
        </message>
        <message>
            <source>{file} är för stor ({size} MB; högst {most} MB). Dela upp filen.</source>
            <translation>{file} is too large ({size} MB; at most {most} MB). Split the file.</translation>
        </message>
        <message>
            <source>{file} är redan importerad (import {number}, {when}); inget ändrades.</source>
            <translation>{file} is already imported (import {number}, {when}); nothing was changed.</translation>
        </message>
        <message>
            <source>{file} är tom.</source>
            <translation>{file} is empty.</translation>
        </message>
        <message>
            <source>{file} överlappar data som redan finns för {unit}: {overlap}. Lägg till --replace för att ersätta {what}, eller ångra den tidigare importen med `vonapp import undo`.</source>
            <translation>{file} overlaps data already there for {unit}: {overlap}. Add --replace to replace {what}, or undo the earlier import with `vonapp import undo`.</translation>
        </message>
        <message>
            <source>{file} överlappar data som redan finns: {overlap}. Lägg till --replace för att ersätta {what}, eller ångra den tidigare importen med `vonapp import undo`.</source>
            <translation>{file} overlaps data already there: {overlap}. Add --replace to replace {what}, or undo the earlier import with `vonapp import undo`.</translation>
        </message>
        <message>
            <source>{file}: inget importerades.</source>
            <translation>{file}: nothing was imported.</translation>
        </message>
        <message>
            <source>{file}: kolumnen {names} saknas (rubrikraden har {has}). Byt namn på kolumnen i filen eller använd --map "DIN RUBRIK={column}".</source>
            <translation>{file}: the column {names} is missing (the heading row has {has}). Rename the column in the file or use --map "YOUR HEADING={column}".</translation>
        </message>
        <message>
            <source>{file}: kolumnerna {names} saknas (rubrikraden har {has}). Byt namn på kolumnen i filen eller använd --map "DIN RUBRIK={column}".</source>
            <translation>{file}: the columns {names} are missing (the heading row has {has}). Rename the column in the file or use --map "YOUR HEADING={column}".</translation>
        </message>
        <message>
            <source>{file}: {count} fel på {rows} rader; inget importerades.</source>
            <translation>{file}: {count} errors on {rows} rows; nothing was imported.</translation>
        </message>
        <message>
            <source>{first} eller {last}</source>
            <translation>{first} or {last}</translation>
        </message>
        <message>
            <source>{hours} h/vecka, högst {limit} h</source>
            <translation>{hours} h/week, at most {limit} h</translation>
        </message>
        <message>
            <source>{hours} h/vecka, sysselsättningen ger {limit} h</source>
            <translation>{hours} h/week, the employment rate gives {limit} h</translation>
        </message>
        <message>
            <source>{path} är en mapp, inte en fil.</source>
            <translation>{path} is a folder, not a file.</translation>
        </message>
        <message>
            <source>{path} är en mapp; ange ett filnamn, t.ex. {example}.</source>
            <translation>{path} is a folder; give a file name, e.g. {example}.</translation>
        </message>
        <message>
            <source>{path} är ingen vanlig fil (en enhet eller en rörledning); välj ett filnamn i en mapp.</source>
            <translation>{path} is not a regular file (a device or a pipe); choose a file name in a folder.</translation>
        </message>
        <message>
            <source>{path} är ingen vonapp-databas (inte en SQLite-fil). Välj en annan fil.</source>
            <translation>{path} is not a vonapp database (not an SQLite file). Choose another file.</translation>
        </message>
        <message>
            <source>{problem}; välj en databasfil med --db.</source>
            <translation>{problem}; choose a database file with --db.</translation>
        </message>
        <message>
            <source>{rows} före {day} hoppas över (--from)</source>
            <translation>{rows} before {day} skipped (--from)</translation>
        </message>
        <message>
            <source>{rows}, {first} – {last}, {hours} timmar</source>
            <translation>{rows}, {first} – {last}, {hours} hours</translation>
        </message>
        <message>
            <source>Åtgärder effekt i år tkr</source>
            <translation>Measures, effect this year tkr</translation>
        </message>
        <message>
            <source>Åtgärder helårseffekt tkr</source>
            <translation>Measures, full-year effect tkr</translation>
        </message>
        <message>
            <source>Åtgärdskrav tkr</source>
            <translation>Savings requirement tkr</translation>
        </message>
        <message>
            <source>Överlappar data som redan finns:</source>
            <translation>Overlaps data already there:</translation>
        </message>
        <message>
            <source>är ett datum som inte finns</source>
            <translation>is a date that does not exist</translation>
        </message>
        <message>
            <source>är ingen månad; skriv 1–12 eller månadens namn</source>
            <translation>is not a month; write 1–12 or the month's Swedish name</translation>
        </message>
        <message>
            <source>är inget år mellan {first} och {last}</source>
            <translation>is not a year between {first} and {last}</translation>
        </message>
        <message>
            <source>är inte en tid; skriv TT:MM</source>
            <translation>is not a time; write HH:MM</translation>
        </message>
        <message>
            <source>är inte ett datum; skriv ÅÅÅÅ-MM-DD</source>
            <translation>is not a date; write YYYY-MM-DD</translation>
        </message>
        <message>
            <source>är inte ett heltal</source>
            <translation>is not a whole number</translation>
        </message>
        <message>
            <source>är inte ett tal</source>
            <translation>is not a number</translation>
        </message>
        <message>
            <source>är varken ja eller nej</source>
            <translation>is neither ja (yes) nor nej (no)</translation>
        </message>
        <message>
            <source>åtgärdsplanens åtgärder</source>
            <translation>the action plan's measures</translation>
        </message>
        <message>
            <source>… och {more} fel till (de första {listed} visas); rätta dem och försök igen.</source>
            <translation>… and {more} more errors (the first {listed} are shown); correct them and try again.</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/about.py" line="33" />
            <source>Om vonapp</source>
            <translation>About vonapp</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/progress.py" line="26" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/progress.py" line="46" />
            <source>Avbryter … inget ändras.</source>
            <translation>Cancelling … nothing is changed.</translation>
        </message>
    </context>
    <context>
        <name>AtgarderNotes</name>
        <message>
            <source>Lägg till uppföljning</source>
            <translation>Add follow-up</translation>
        </message>
        <message>
            <source>Skriv dagens uppföljning och tryck Enter …</source>
            <translation>Write today's follow-up and press Enter …</translation>
        </message>
        <message>
            <source>Ta bort uppföljning</source>
            <translation>Remove follow-up</translation>
        </message>
        <message>
            <source>Uppföljning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Uppföljning av {0}</source>
            <translation>Follow-up of {0}</translation>
        </message>
        <message>
            <source>Uppföljning – välj en åtgärd</source>
            <translation>Follow-up – choose a measure</translation>
        </message>
    </context>
    <context>
        <name>AtgarderPage</name>
        <message>
            <source>Alla enheter</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>Ansvarig</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Bedömning</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Beskrivning av åtgärden</source>
            <translation>Description of the measure</translation>
        </message>
        <message>
            <source>Effekt i år (tkr)</source>
            <translation>Effect this year (tkr)</translation>
        </message>
        <message>
            <source>Enhet</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Helårseffekt (tkr)</source>
            <translation>Full-year effect (tkr)</translation>
        </message>
        <message>
            <source>Kvar att hitta (tkr)</source>
            <translation>Still to find (tkr)</translation>
        </message>
        <message>
            <source>Ny åtgärd</source>
            <translation>New measure</translation>
        </message>
        <message>
            <source>Ny åtgärd {0}</source>
            <translation>New measure {0}</translation>
        </message>
        <message>
            <source>Senaste uppföljning</source>
            <translation>Latest follow-up</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Status {value} finns inte; välj ej påbörjad, pågår, genomförd eller avbruten.</source>
            <translation>Status {value} does not exist; choose ej påbörjad (not started), pågår (in progress), genomförd (done) or avbruten (cancelled).</translation>
        </message>
        <message>
            <source>Ta bort åtgärd</source>
            <translation>Remove measure</translation>
        </message>
        <message>
            <source>Totalraden räknas fram av åtgärderna.</source>
            <translation>The total row is calculated from the measures.</translation>
        </message>
        <message>
            <source>Totalt</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Totalt: effekt i år {0} · helårseffekt {1}</source>
            <translation>Total: effect this year {0} · full-year effect {1}</translation>
        </message>
        <message>
            <source>Verksamhet</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Välj en åtgärd i tabellen först.</source>
            <translation>Choose a measure in the table first.</translation>
        </message>
        <message>
            <source>inget åtgärdskrav i budgeten</source>
            <translation>no savings requirement in the budget</translation>
        </message>
        <message>
            <source>kravet är täckt ({0} över)</source>
            <translation>the requirement is covered ({0} over)</translation>
        </message>
        <message>
            <source>kvar att hitta {0}</source>
            <translation>{0} still to find</translation>
        </message>
        <message>
            <source>ny uppföljning</source>
            <translation>new follow-up</translation>
        </message>
        <message>
            <source>ny åtgärd</source>
            <translation>new measure</translation>
        </message>
        <message>
            <source>ta bort uppföljning</source>
            <translation>remove follow-up</translation>
        </message>
        <message>
            <source>ta bort åtgärd</source>
            <translation>remove measure</translation>
        </message>
        <message>
            <source>Åtgärd</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Åtgärden {0} finns redan i år; välj ett annat namn.</source>
            <translation>The measure {0} already exists this year; choose another name.</translation>
        </message>
        <message>
            <source>Åtgärder</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>Åtgärdskrav (tkr)</source>
            <translation>Savings requirement (tkr)</translation>
        </message>
        <message>
            <source>Åtgärdsplan {0} – alla enheter sida vid sida</source>
            <translation>Action plan {0} – all units side by side</translation>
        </message>
        <message>
            <source>Åtgärdsplan {0} – {1}</source>
            <translation>Action plan {0} – {1}</translation>
        </message>
        <message>
            <source>ändra {0} celler i åtgärdsplanen</source>
            <translation>change {0} cells in the action plan</translation>
        </message>
        <message>
            <source>ändra åtgärd</source>
            <translation>change measure</translation>
        </message>
        <message>
            <source>åtgärdskrav {0}</source>
            <translation>savings requirement {0}</translation>
        </message>
    </context>
    <context>
        <name>Column</name>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Uppföljning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Uppnådd effekt (tkr)</source>
            <translation>Effect achieved (tkr)</translation>
        </message>
    </context>
    <context>
        <name>EkonomiCompensation</name>
        <message>
            <source>&lt;br&gt;&lt;b&gt;Skillnad {0} − {1}: {2}&lt;/b&gt;</source>
            <translation>&lt;br&gt;&lt;b&gt;Difference {0} − {1}: {2}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;br&gt;Enhetens egna andelar: utförandegrad {0} av beviljad tid, brukartid {1} av arbetad tid → {2}</source>
            <translation>&lt;br&gt;The unit's own shares: delivery rate {0} of granted time, client time {1} of worked time → {2}</translation>
        </message>
        <message>
            <source>Arbetad tid
som ersätts (h)</source>
            <translation>Worked time
paid for (h)</translation>
        </message>
        <message>
            <source>Beviljad tid
(h per år)</source>
            <translation>Granted time
(h per year)</translation>
        </message>
        <message>
            <source>Brukartid av
arbetad tid</source>
            <translation>Client time of
worked time</translation>
        </message>
        <message>
            <source>Budget
(kr)</source>
            <translation>Budget
(kr)</translation>
        </message>
        <message>
            <source>Budget = beviljad tid × budgeterad utförandegrad ÷ brukartid av arbetad tid × timkostnad. Enhetens egna andelar: tid hos kund ÷ beviljad tid för de registrerade månaderna, och tid hos kund ÷ arbetad tid.</source>
            <translation>Budget = granted time × budgeted delivery rate ÷ client time of worked time × hourly cost. The unit's own shares: time with clients ÷ granted time for the recorded months, and time with clients ÷ worked time.</translation>
        </message>
        <message>
            <source>Budgeterad
utförandegrad</source>
            <translation>Budgeted
delivery rate</translation>
        </message>
        <message>
            <source>Enhetens egna andelar ({0} mån)</source>
            <translation>The unit's own shares ({0} months)</translation>
        </message>
        <message>
            <source>Enhetens egna andelar räknas fram av utförandetiden (Nyckeltal).</source>
            <translation>The unit's own shares are calculated from the delivery time (Key figures).</translation>
        </message>
        <message>
            <source>Ersättningsmodell {0}: </source>
            <translation>Compensation model {0}: </translation>
        </message>
        <message>
            <source>Modell</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Ny modell</source>
            <translation>New model</translation>
        </message>
        <message>
            <source>Skillnad mot
{0} (kr)</source>
            <translation>Difference from
{0} (kr)</translation>
        </message>
        <message>
            <source>Ta bort modell</source>
            <translation>Remove model</translation>
        </message>
        <message>
            <source>Timkostnad
(kr)</source>
            <translation>Hourly cost
(kr)</translation>
        </message>
        <message>
            <source>första</source>
            <translation>first</translation>
        </message>
        <message>
            <source>{0} har ingen ersättningsmodell för {1}. Lägg till en med Ny modell.</source>
            <translation>{0} has no compensation model for {1}. Add one with New model.</translation>
        </message>
    </context>
    <context>
        <name>Glossary</name>
        <message>
            <source>annan enhet</source>
            <translation>other unit</translation>
        </message>
        <message>
            <source>egen enhet</source>
            <translation>own unit</translation>
        </message>
        <message>
            <source>ej angivet</source>
            <translation>not stated</translation>
        </message>
        <message>
            <source>ej ersatt</source>
            <translation>not covered</translation>
        </message>
        <message>
            <source>ej placerad</source>
            <translation>not placed</translation>
        </message>
        <message>
            <source>frånvaro</source>
            <translation>absence</translation>
        </message>
        <message>
            <source>fönstret</source>
            <translation>the window</translation>
        </message>
        <message>
            <source>föräldraledig</source>
            <translation>parental leave</translation>
        </message>
        <message>
            <source>inflytt</source>
            <translation>move-in</translation>
        </message>
        <message>
            <source>inhyrd</source>
            <translation>agency</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>kommandoraden</source>
            <translation>the command line</translation>
        </message>
        <message>
            <source>mertid</source>
            <translation>additional hours</translation>
        </message>
        <message>
            <source>nej</source>
            <translation>no</translation>
        </message>
        <message>
            <source>ordinarie</source>
            <translation>regular</translation>
        </message>
        <message>
            <source>resurspass</source>
            <translation>resource shift</translation>
        </message>
        <message>
            <source>semester</source>
            <translation>vacation</translation>
        </message>
        <message>
            <source>sjuk</source>
            <translation>sick</translation>
        </message>
        <message>
            <source>tjänstledig</source>
            <translation>leave of absence</translation>
        </message>
        <message>
            <source>utflytt</source>
            <translation>move-out</translation>
        </message>
        <message>
            <source>vab</source>
            <translation>care of sick child</translation>
        </message>
        <message>
            <source>vikarie</source>
            <translation>substitute</translation>
        </message>
        <message>
            <source>övertid</source>
            <translation>overtime</translation>
        </message>
        <message>
            <source>övrigt</source>
            <translation>other</translation>
        </message>
    </context>
    <context>
        <name>NyckeltalChart</name>
        <message>
            <source>&lt;span style='color:{0}'&gt;Bomtid&lt;/span&gt; och &lt;span style='color:{1}'&gt;avböjda&lt;/span&gt; mot mål (streckat)</source>
            <translation>&lt;span style='color:{0}'&gt;Idle time&lt;/span&gt; and &lt;span style='color:{1}'&gt;declined&lt;/span&gt; against target (dashed)</translation>
        </message>
        <message>
            <source>&lt;span style='color:{0}'&gt;Utförandegrad&lt;/span&gt; mot mål (streckat)</source>
            <translation>&lt;span style='color:{0}'&gt;Delivery rate&lt;/span&gt; against target (dashed)</translation>
        </message>
        <message>
            <source>Avböjda</source>
            <translation>Declined</translation>
        </message>
        <message>
            <source>Bomtid</source>
            <translation>Idle time</translation>
        </message>
        <message>
            <source>Mål</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Mål avböjda</source>
            <translation>Target declined</translation>
        </message>
        <message>
            <source>Mål bomtid</source>
            <translation>Target idle time</translation>
        </message>
        <message>
            <source>Utförandegrad</source>
            <translation>Delivery rate</translation>
        </message>
    </context>
    <context>
        <name>NyckeltalPage</name>
        <message>
            <source> (standardmål: 70 %, under 5 %, under 1 %)</source>
            <translation> (default targets: 70 %, under 5 %, under 1 %)</translation>
        </message>
        <message>
            <source>Andel tim-
avlönade</source>
            <translation>Hourly-paid
share</translation>
        </message>
        <message>
            <source>Arbetad
tid (h)</source>
            <translation>Worked
time (h)</translation>
        </message>
        <message>
            <source>Avböjd
tid (h)</source>
            <translation>Declined
time (h)</translation>
        </message>
        <message>
            <source>Avböjda
%</source>
            <translation>Declined
%</translation>
        </message>
        <message>
            <source>Avböjda under</source>
            <translation>Declined below</translation>
        </message>
        <message>
            <source>Bedömning</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Bedömningen {value} finns inte; välj Ej uppfyllt, Delvis uppfyllt, I hög grad uppfyllt, Helt uppfyllt eller Ej utvärderad.</source>
            <translation>The assessment {value} does not exist; choose Ej uppfyllt (not met), Delvis uppfyllt (partly met), I hög grad uppfyllt (largely met), Helt uppfyllt (fully met) or Ej utvärderad (not evaluated).</translation>
        </message>
        <message>
            <source>Bomtid
%</source>
            <translation>Idle time
%</translation>
        </message>
        <message>
            <source>Bomtid
(h)</source>
            <translation>Idle time
(h)</translation>
        </message>
        <message>
            <source>Bomtid under</source>
            <translation>Idle time below</translation>
        </message>
        <message>
            <source>Gäller</source>
            <translation>Applies</translation>
        </message>
        <message>
            <source>Helår {0}</source>
            <translation>Year {0}</translation>
        </message>
        <message>
            <source>Helåret räknas fram av månaderna.</source>
            <translation>The full year is calculated from the months.</translation>
        </message>
        <message>
            <source>Indikator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Indikatorer</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Kolada-id</source>
            <translation>Kolada id</translation>
        </message>
        <message>
            <source>Mål</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Mål {0}:</source>
            <translation>Targets {0}:</translation>
        </message>
        <message>
            <source>Målen gäller {0}{1}. Grönt: målet nås, rött: det nås inte.</source>
            <translation>The targets apply to {0}{1}. Green: the target is met, red: it is not.</translation>
        </message>
        <message>
            <source>Målet är en andel mellan 0 och 100 %.</source>
            <translation>The target is a share between 0 and 100 %.</translation>
        </message>
        <message>
            <source>Målvärde
{0}</source>
            <translation>Target value
{0}</translation>
        </message>
        <message>
            <source>Månad</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Måttenhet</source>
            <translation>Unit of measure</translation>
        </message>
        <message>
            <source>Ny indikator</source>
            <translation>New indicator</translation>
        </message>
        <message>
            <source>Nyckeltal {0} – {1}</source>
            <translation>Key figures {0} – {1}</translation>
        </message>
        <message>
            <source>Preli-
minärt</source>
            <translation>Provi-
sional</translation>
        </message>
        <message>
            <source>Sjuk-
frånvaro</source>
            <translation>Sickness
absence</translation>
        </message>
        <message>
            <source>Ta bort indikator</source>
            <translation>Remove indicator</translation>
        </message>
        <message>
            <source>Tid hos
kund (h)</source>
            <translation>Time with
clients (h)</translation>
        </message>
        <message>
            <source>Timmarna kan inte vara negativa.</source>
            <translation>The hours cannot be negative.</translation>
        </message>
        <message>
            <source>Utfall
{0}</source>
            <translation>Actual
{0}</translation>
        </message>
        <message>
            <source>Utförande-
grad</source>
            <translation>Delivery
rate</translation>
        </message>
        <message>
            <source>Utförandegrad minst</source>
            <translation>Delivery rate at least</translation>
        </message>
        <message>
            <source>Välj en indikator i tabellen först.</source>
            <translation>Choose an indicator in the table first.</translation>
        </message>
        <message>
            <source>ny indikator</source>
            <translation>new indicator</translation>
        </message>
        <message>
            <source>ta bort indikator</source>
            <translation>remove indicator</translation>
        </message>
        <message>
            <source>{0} t.o.m. {1}</source>
            <translation>{0} up to {1}</translation>
        </message>
        <message>
            <source>ändra indikator</source>
            <translation>change indicator</translation>
        </message>
        <message>
            <source>ändra mål</source>
            <translation>change targets</translation>
        </message>
        <message>
            <source>ändra utförandetid</source>
            <translation>change delivery time</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <source>Bilden sparades inte</source>
            <translation>The image was not saved</translation>
        </message>
        <message>
            <source>Det gick inte att skriva {0}. Välj en annan mapp eller ett annat filnamn.</source>
            <translation>Could not write {0}. Choose another folder or another file name.</translation>
        </message>
        <message>
            <source>PNG-bild (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>Spara bild</source>
            <translation>Save image</translation>
        </message>
    </context>
    <context>
        <name>OverviewTiles</name>
        <message>
            <source> t.o.m. {0}</source>
            <translation> up to {0}</translation>
        </message>
        <message>
            <source>! Bevaka</source>
            <translation>! Watch</translation>
        </message>
        <message>
            <source>({0}) = {1} = {2}</source>
            <translation>({0}) = {1} = {2}</translation>
        </message>
        <message>
            <source>Andel timavlönade</source>
            <translation>Hourly-paid share</translation>
        </message>
        <message>
            <source>Andel timavlönade = vikarietimmar ÷ arbetade timmar = {0} ÷ {1} = {2}</source>
            <translation>Hourly-paid share = substitute hours ÷ hours worked = {0} ÷ {1} = {2}</translation>
        </message>
        <message>
            <source>Användning = använda ÷ planerade resurspass = {0} ÷ {1} = {2}</source>
            <translation>Usage = used ÷ planned resource shifts = {0} ÷ {1} = {2}</translation>
        </message>
        <message>
            <source>Avvikelse = budget − utfall = {0} − {1} = {2}</source>
            <translation>Variance = budget − actual = {0} − {1} = {2}</translation>
        </message>
        <message>
            <source>Avvikelse i kr = budget kr − utfall kr = {0} − {1} = {2}</source>
            <translation>Variance in kr = budget kr − actual kr = {0} − {1} = {2}</translation>
        </message>
        <message>
            <source>Beläggning</source>
            <translation>Occupancy</translation>
        </message>
        <message>
            <source>Beläggning = belagda platsdygn ÷ tillgängliga platsdygn = {0} ÷ {1} = {2}</source>
            <translation>Occupancy = occupied place-days ÷ available place-days = {0} ÷ {1} = {2}</translation>
        </message>
        <message>
            <source>Bra när minst 90 % av resurspassen används, Bevaka från 70 %, annars Åtgärda.</source>
            <translation>Good when at least 90 % of the resource shifts are used, Watch from 70 %, otherwise Act.</translation>
        </message>
        <message>
            <source>Bra när prognosen ryms i årets budget, Bevaka upp till 2 % över, annars Åtgärda.</source>
            <translation>Good when the forecast fits the year's budget, Watch up to 2 % over, otherwise Act.</translation>
        </message>
        <message>
            <source>Bra när utfallet ryms i budgeten, Bevaka upp till 2 % över, annars Åtgärda.</source>
            <translation>Good when the actual fits the budget, Watch up to 2 % over, otherwise Act.</translation>
        </message>
        <message>
            <source>Bra när åtgärderna täcker kravet, Bevaka när högst 25 % av kravet saknas, annars Åtgärda.</source>
            <translation>Good when the measures cover the requirement, Watch when at most 25 % of it is missing, otherwise Act.</translation>
        </message>
        <message>
            <source>Bra upp till 10 %, Bevaka upp till 15 %, annars Åtgärda.</source>
            <translation>Good up to 10 %, Watch up to 15 %, otherwise Act.</translation>
        </message>
        <message>
            <source>Bra upp till 6 %, Bevaka upp till 8 %, annars Åtgärda.</source>
            <translation>Good up to 6 %, Watch up to 8 %, otherwise Act.</translation>
        </message>
        <message>
            <source>Bra vid budgeterad beläggning eller mer, Bevaka inom 1,5 procentenheter under, annars Åtgärda.</source>
            <translation>Good at budgeted occupancy or more, Watch within 1,5 percentage points below, otherwise Act.</translation>
        </message>
        <message>
            <source>Budget för perioden: {0}</source>
            <translation>Budget for the period: {0}</translation>
        </message>
        <message>
            <source>Budget helår = {0} = {1}</source>
            <translation>Full-year budget = {0} = {1}</translation>
        </message>
        <message>
            <source>Budget i timmar</source>
            <translation>Budget in hours</translation>
        </message>
        <message>
            <source>Budget i timmar = personalbudget kr ÷ timkostnad × periodens andel av året.</source>
            <translation>Budget in hours = personnel budget kr ÷ hourly cost × the period's share of the year.</translation>
        </message>
        <message>
            <source>Budget {0} · {1}</source>
            <translation>Budget {0} · {1}</translation>
        </message>
        <message>
            <source>Budget {0} · {1} procentenheter</source>
            <translation>Budget {0} · {1} percentage points</translation>
        </message>
        <message>
            <source>Budgeterad beläggning: {0}</source>
            <translation>Budgeted occupancy: {0}</translation>
        </message>
        <message>
            <source>Det här är prognosen för budget i timmar (personalkostnaden). Ekonomins rader har en egen Prognos helår (ekonomi): bokfört utfall hittills + budget för årets återstående månader.</source>
            <translation>This is the forecast for the budget in hours (the personnel cost). The finance lines have their own Full-year forecast (finance): booked actual so far + budget for the year's remaining months.</translation>
        </message>
        <message>
            <source>Enheten har inga platser, eller ingen beläggning är importerad (Arkiv → Importera… → beläggning).</source>
            <translation>The unit has no places, or no occupancy has been imported (File → Import… → occupancy).</translation>
        </message>
        <message>
            <source>Enheten har inget schema med resurspass.</source>
            <translation>The unit has no schedule with resource shifts.</translation>
        </message>
        <message>
            <source>Gap = åtgärdskrav − åtgärdernas effekt i år = {0} − {1} = {2}</source>
            <translation>Gap = savings requirement − the measures' effect this year = {0} − {1} = {2}</translation>
        </message>
        <message>
            <source>Hela periodens budget är {0}.</source>
            <translation>The budget for the whole period is {0}.</translation>
        </message>
        <message>
            <source>Helårseffekt av åtgärderna: {0}</source>
            <translation>Full-year effect of the measures: {0}</translation>
        </message>
        <message>
            <source>Inga resurspass i schemat under perioden.</source>
            <translation>No resource shifts in the schedule during the period.</translation>
        </message>
        <message>
            <source>Ingen arbetad tid registrerad under perioden.</source>
            <translation>No worked time recorded in the period.</translation>
        </message>
        <message>
            <source>Ingen beläggning registrerad för perioden.</source>
            <translation>No occupancy recorded for the period.</translation>
        </message>
        <message>
            <source>Ingen budget att jämföra med</source>
            <translation>No budget to compare with</translation>
        </message>
        <message>
            <source>Ingen budget för perioden. Importera budgeten under Arkiv → Importera…</source>
            <translation>No budget for the period. Import the budget under File → Import…</translation>
        </message>
        <message>
            <source>Ingen budget för {0}.</source>
            <translation>No budget for {0}.</translation>
        </message>
        <message>
            <source>Ingen budgeterad beläggning att jämföra med.</source>
            <translation>No budgeted occupancy to compare with.</translation>
        </message>
        <message>
            <source>Ingen data</source>
            <translation>No data</translation>
        </message>
        <message>
            <source>Ingen tid registrerad under perioden ännu.</source>
            <translation>No time recorded in the period yet.</translation>
        </message>
        <message>
            <source>Ingen tid registrerad under perioden.</source>
            <translation>No time recorded in the period.</translation>
        </message>
        <message>
            <source>Inget registrerat och inget schema för {0}.</source>
            <translation>Nothing recorded and no schedule for {0}.</translation>
        </message>
        <message>
            <source>Inget schema att räkna sjukfrånvaron mot under perioden.</source>
            <translation>No schedule in the period to measure sickness absence against.</translation>
        </message>
        <message>
            <source>Inget åtgärdskrav i budgeten för perioden.</source>
            <translation>No savings requirement in the budget for the period.</translation>
        </message>
        <message>
            <source>Krav {0} · åtgärder {1}</source>
            <translation>Requirement {0} · measures {1}</translation>
        </message>
        <message>
            <source>Missade = {0} × timkostnad = {1}</source>
            <translation>Missed = {0} × hourly cost = {1}</translation>
        </message>
        <message>
            <source>Missade resurspass en dag = det minsta av (planerade − använda resurspass) och timmar för vikarie, mertid, övertid och inhyrd samma dag.</source>
            <translation>Missed resource shifts on a day = the smaller of (planned − used resource shifts) and the hours of substitutes, additional hours, overtime and agency staff that day.</translation>
        </message>
        <message>
            <source>Missade {0} = {1}</source>
            <translation>Missed {0} = {1}</translation>
        </message>
        <message>
            <source>Planerade resurspass: {0}</source>
            <translation>Planned resource shifts: {0}</translation>
        </message>
        <message>
            <source>Prognos = utfall t.o.m. senaste registrerade dag + schemalagda timmar därefter till 31 december</source>
            <translation>Forecast = actual up to the last recorded day + scheduled hours from then to 31 December</translation>
        </message>
        <message>
            <source>Prognos helår {0}</source>
            <translation>Full-year forecast {0}</translation>
        </message>
        <message>
            <source>Prognos − budget = {0} ({1})</source>
            <translation>Forecast − budget = {0} ({1})</translation>
        </message>
        <message>
            <source>Resurspass</source>
            <translation>Resource shifts</translation>
        </message>
        <message>
            <source>Sjukfrånvaro</source>
            <translation>Sickness absence</translation>
        </message>
        <message>
            <source>Sjukfrånvaro = sjuktimmar ÷ schemalagda timmar = {0} ÷ {1} = {2}</source>
            <translation>Sickness absence = sick hours ÷ scheduled hours = {0} ÷ {1} = {2}</translation>
        </message>
        <message>
            <source>Tid är registrerad till och med {0}; talen gäller dagarna dit.</source>
            <translation>Time is recorded up to {0}; the figures apply to the days up to then.</translation>
        </message>
        <message>
            <source>Utfall = {0}</source>
            <translation>Actual = {0}</translation>
        </message>
        <message>
            <source>Utfall {0} av {1}
Avvikelse i kr: {2}</source>
            <translation>Actual {0} of {1}
Variance in kr: {2}</translation>
        </message>
        <message>
            <source>Utfall {0} av {1} hittills
Avvikelse i kr: {2}</source>
            <translation>Actual {0} of {1} so far
Variance in kr: {2}</translation>
        </message>
        <message>
            <source>av arbetad tid</source>
            <translation>of worked time</translation>
        </message>
        <message>
            <source>av resurspassen användes</source>
            <translation>of resource shifts used</translation>
        </message>
        <message>
            <source>av schemalagd tid</source>
            <translation>of scheduled time</translation>
        </message>
        <message>
            <source>avvikelse, {0}</source>
            <translation>variance, {0}</translation>
        </message>
        <message>
            <source>avvikelse{0}, {1}</source>
            <translation>variance{0}, {1}</translation>
        </message>
        <message>
            <source>beläggning</source>
            <translation>occupancy</translation>
        </message>
        <message>
            <source>ingen data</source>
            <translation>no data</translation>
        </message>
        <message>
            <source>inget utfall ännu</source>
            <translation>no actuals yet</translation>
        </message>
        <message>
            <source>kravet är täckt</source>
            <translation>the requirement is covered</translation>
        </message>
        <message>
            <source>kvar att hitta</source>
            <translation>still to find</translation>
        </message>
        <message>
            <source>prognos</source>
            <translation>forecast</translation>
        </message>
        <message>
            <source>prognos, inom budget</source>
            <translation>forecast, within budget</translation>
        </message>
        <message>
            <source>prognos, över budget</source>
            <translation>forecast, over budget</translation>
        </message>
        <message>
            <source>under budget</source>
            <translation>under budget</translation>
        </message>
        <message>
            <source>utfall t.o.m. {0}</source>
            <translation>actual up to {0}</translation>
        </message>
        <message>
            <source>{0} sjuk av {1} schemalagda</source>
            <translation>{0} sick of {1} scheduled</translation>
        </message>
        <message>
            <source>{0} vikarie av {1} arbetade</source>
            <translation>{0} substitute of {1} worked</translation>
        </message>
        <message>
            <source>Åtgärdsplan</source>
            <translation>Action plan</translation>
        </message>
        <message>
            <source>över budget</source>
            <translation>over budget</translation>
        </message>
        <message>
            <source>✓ Bra</source>
            <translation>✓ Good</translation>
        </message>
        <message>
            <source>✕ Åtgärda</source>
            <translation>✕ Act</translation>
        </message>
    </context>
    <context>
        <name>SchemaSideTables</name>
        <message>
            <source>Ange 0–500 personal.</source>
            <translation>Enter 0–500 staff.</translation>
        </message>
        <message>
            <source>Passkod</source>
            <translation>Shift code</translation>
        </message>
        <message>
            <source>Rast min</source>
            <translation>Break min</translation>
        </message>
        <message>
            <source>Resurspass</source>
            <translation>Resource shifts</translation>
        </message>
        <message>
            <source>Slag</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Slut</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Timmar</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Timme</source>
            <translation>Hour</translation>
        </message>
        <message>
            <source>{v} är ingen tid; skriv TT:MM, t.ex. 07:00.</source>
            <translation>{v} is not a time; write HH:MM, e.g. 07:00.</translation>
        </message>
    </context>
    <context>
        <name>about</name>
        <message>
            <source>Allt sparas i en databasfil på din dator; inget skickas över nätet. En säkerhetskopia tas före varje import och högst en gång om dagen när programmet startar.</source>
            <translation>Everything is saved in a database file on your computer; nothing is sent over the network. A backup is made before every import and at most once a day when the program starts.</translation>
        </message>
        <message>
            <source>Bemanning, budget i timmar, beläggning och uppföljning för enhetschefer i vård och omsorg.</source>
            <translation>Staffing, budget in hours, occupancy and follow-up for unit managers in health and social care.</translation>
        </message>
        <message>
            <source>Databas:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <source>Kortkommandon: F1 handboken, Ctrl+I importera, Ctrl+E exportera, Ctrl+B säkerhetskopiera, Alt+Vänster/Höger byt period, Ctrl+1–7 byt vy.</source>
            <translation>Shortcuts: F1 the manual, Ctrl+I import, Ctrl+E export, Ctrl+B back up, Alt+Left/Right change period, Ctrl+1–7 change view.</translation>
        </message>
        <message>
            <source>Qt för Python</source>
            <translation>Qt for Python</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
    </context>
    <context>
        <name>areas</name>
        <message>
            <source>Beläggning</source>
            <translation>Occupancy</translation>
        </message>
        <message>
            <source>Beläggning per dag, vecka och månad mot budgeterad beläggning</source>
            <translation>Occupancy per day, week and month against budgeted occupancy</translation>
        </message>
        <message>
            <source>Bemanningsbehov per veckodag och tid, jämfört med vilka som är i tjänst</source>
            <translation>Staffing need per weekday and time, compared with who is on duty</translation>
        </message>
        <message>
            <source>Budget i timmar, prognos, beläggning och resurspass på en sida.</source>
            <translation>Budget in hours, forecast, occupancy and resource shifts on one page.</translation>
        </message>
        <message>
            <source>Dagar där vikarier togs in trots att resurspass stod oanvända</source>
            <translation>Days when substitutes were brought in although resource shifts stood unused</translation>
        </message>
        <message>
            <source>Ekonomi</source>
            <translation>Finance</translation>
        </message>
        <message>
            <source>Ersättningsmodellen för hemtjänst och boendestöd: gammal och ny modell sida vid sida</source>
            <translation>The compensation model for home care and housing support: old and new model side by side</translation>
        </message>
        <message>
            <source>Frånvaro per typ: sjuk, semester, vab, föräldraledig, tjänstledig</source>
            <translation>Absence by type: sick, holiday, child sick (vab), parental leave, leave of absence</translation>
        </message>
        <message>
            <source>Helårsprognos i kronor</source>
            <translation>Full-year forecast in kronor</translation>
        </message>
        <message>
            <source>Här följer du beläggningen mot budget och mot förra året.</source>
            <translation>Here you follow occupancy against budget and against last year.</translation>
        </message>
        <message>
            <source>Här följer du nyckeltal och indikatorer med mål och utfall.</source>
            <translation>Here you follow key figures and indicators with targets and actuals.</translation>
        </message>
        <message>
            <source>Här för du åtgärdsplanen mot årets åtgärdskrav.</source>
            <translation>Here you keep the action plan against the year's savings requirement.</translation>
        </message>
        <message>
            <source>Här jämför du budget och utfall i kronor.</source>
            <translation>Here you compare budget and actuals in kronor.</translation>
        </message>
        <message>
            <source>Här planerar du schemat mot budget i timmar.</source>
            <translation>Here you plan the schedule against the budget in hours.</translation>
        </message>
        <message>
            <source>Här ser du de registrerade timmarna dag för dag.</source>
            <translation>Here you see the recorded hours day by day.</translation>
        </message>
        <message>
            <source>In- och utflyttningar per lägenhet, eller belagda platser per dag</source>
            <translation>Move-ins and move-outs per flat, or occupied places per day</translation>
        </message>
        <message>
            <source>Indikatorer med Kolada-id och bedömning: Ej uppfyllt … Helt uppfyllt</source>
            <translation>Indicators with Kolada id and assessment: Not met … Fully met</translation>
        </message>
        <message>
            <source>Intäkter, personalkostnader, lokalhyror, köp av tjänster och övriga kostnader per månad</source>
            <translation>Income, personnel costs, premises rent, purchased services and other costs by month</translation>
        </message>
        <message>
            <source>Nyckeltal</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <source>Nytt schema från ett visst datum, utan att det gamla försvinner</source>
            <translation>A new schedule from a given date, without losing the old one</translation>
        </message>
        <message>
            <source>Ordinarie, resurspass, vikarie, mertid, övertid och inhyrd personal per dag och vecka</source>
            <translation>Regular, resource shifts, substitutes, additional hours, overtime and agency staff per day and week</translation>
        </message>
        <message>
            <source>Planerade timmar mot budget i timmar redan innan perioden börjar</source>
            <translation>Planned hours against the budget in hours even before the period starts</translation>
        </message>
        <message>
            <source>Rullande schema (t.ex. sex veckor) med passkoder, raster och resurspass</source>
            <translation>Rotating schedule (e.g. six weeks) with shift codes, breaks and resource shifts</translation>
        </message>
        <message>
            <source>Samma period förra året som jämförelse</source>
            <translation>The same period last year for comparison</translation>
        </message>
        <message>
            <source>Schema</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Sjukfrånvaro och andel timavlönade</source>
            <translation>Sickness absence and hourly-paid share</translation>
        </message>
        <message>
            <source>Status och uppföljning av varje åtgärd</source>
            <translation>Status and follow-up of every measure</translation>
        </message>
        <message>
            <source>Summa och gap mot åtgärdskravet</source>
            <translation>Total and gap to the savings requirement</translation>
        </message>
        <message>
            <source>Utfall</source>
            <translation>Actuals</translation>
        </message>
        <message>
            <source>Utförandegrad, bomtid och avböjda besök (hemtjänst och boendestöd)</source>
            <translation>Delivery rate, idle time and declined visits (home care and housing support)</translation>
        </message>
        <message>
            <source>Var resurspassen placerades: egen enhet, annan enhet eller ej placerade</source>
            <translation>Where the resource shifts were placed: own unit, another unit or not placed</translation>
        </message>
        <message>
            <source>Varje åtgärd med beskrivning, effekt i år och helårseffekt i tkr</source>
            <translation>Every measure with description, effect this year and full-year effect in tkr</translation>
        </message>
        <message>
            <source>Åtgärder</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>Översikt</source>
            <translation>Overview</translation>
        </message>
    </context>
    <context>
        <name>belaggning</name>
        <message>
            <source>Belagda platsdygn</source>
            <translation>Occupied place-days</translation>
        </message>
        <message>
            <source>Beläggning</source>
            <translation>Occupancy</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Händelse</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>I fjol</source>
            <translation>Last year</translation>
        </message>
        <message>
            <source>Källa</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Lägenhet</source>
            <translation>Flat</translation>
        </message>
        <message>
            <source>Mot budget</source>
            <translation>vs budget</translation>
        </message>
        <message>
            <source>Mot i fjol</source>
            <translation>vs last year</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Platsdygn</source>
            <translation>Place-days</translation>
        </message>
        <message>
            <source>Procentenheter över (+) eller under (−) budget</source>
            <translation>Percentage points above (+) or below (−) budget</translation>
        </message>
        <message>
            <source>Procentenheter över (+) eller under (−) samma period i fjol</source>
            <translation>Percentage points above (+) or below (−) the same period last year</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>"egen enhet", en annan enhets namn eller "ej placerad"</source>
            <translation>"egen enhet" (own unit), another unit's name or "ej placerad" (not placed)</translation>
        </message>
        <message>
            <source>(oförändrat)</source>
            <translation>(unchanged)</translation>
        </message>
        <message>
            <source>--from {day} är en {weekday}; scenariot börjar en måndag.</source>
            <translation>--from {day} is a {weekday}; the scenario starts on a Monday.</translation>
        </message>
        <message>
            <source>--from {text} är inget datum; skriv ÅÅÅÅ-MM-DD.</source>
            <translation>--from {text} is not a date; write YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>--occupied {value} är inget helt antal platser.</source>
            <translation>--occupied {value} is not a whole number of places.</translation>
        </message>
        <message>
            <source>--out {name}: namnet säger {named}, men {kind} skriver en {what}; välj ett namn som slutar på {suffix}.</source>
            <translation>--out {name}: the name says {named}, but {kind} writes a {what}; choose a name ending in {suffix}.</translation>
        </message>
        <message>
            <source>--rate {rate}: ange en sysselsättningsgrad 1–100 (procent).</source>
            <translation>--rate {rate}: give an employment rate of 1–100 (per cent).</translation>
        </message>
        <message>
            <source>--unit all går inte här; ange en enhets namn.</source>
            <translation>--unit all does not work here; give a unit's name.</translation>
        </message>
        <message>
            <source>ADRESS</source>
            <translation>ADDRESS</translation>
        </message>
        <message>
            <source>ANTAL</source>
            <translation>NUMBER</translation>
        </message>
        <message>
            <source>ANVÄNDARE</source>
            <translation>USER</translation>
        </message>
        <message>
            <source>AVDELNING</source>
            <translation>DEPARTMENT</translation>
        </message>
        <message>
            <source>Alla enheter</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>Ange något att ändra: --status, --effect-tkr, --full-year-tkr eller --note.</source>
            <translation>Give something to change: --status, --effect-tkr, --full-year-tkr or --note.</translation>
        </message>
        <message>
            <source>Ange serverns adress med --to (kopian minns den utan lösenord).</source>
            <translation>Give the server's address with --to (the copy remembers it without the password).</translation>
        </message>
        <message>
            <source>Anst.nr</source>
            <translation>Emp. no.</translation>
        </message>
        <message>
            <source>Anställda som höjs</source>
            <translation>Employees raised</translation>
        </message>
        <message>
            <source>Ansvar</source>
            <translation>Cost centre</translation>
        </message>
        <message>
            <source>Arbetad tid som ersätts</source>
            <translation>Worked time compensated</translation>
        </message>
        <message>
            <source>Avvikelse h</source>
            <translation>Variance h</translation>
        </message>
        <message>
            <source>Avvikelse kr</source>
            <translation>Variance kr</translation>
        </message>
        <message>
            <source>Beviljad tid</source>
            <translation>Granted time</translation>
        </message>
        <message>
            <source>Brukartid av arbetad tid</source>
            <translation>Client time of worked time</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Budget h</source>
            <translation>Budget h</translation>
        </message>
        <message>
            <source>Budget kr</source>
            <translation>Budget kr</translation>
        </message>
        <message>
            <source>Budgeterad utförandegrad</source>
            <translation>Budgeted delivery rate</translation>
        </message>
        <message>
            <source>CSV-fil</source>
            <translation>CSV file</translation>
        </message>
        <message>
            <source>DATUM</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>DEL</source>
            <translation>PART</translation>
        </message>
        <message>
            <source>Databasen har inga enheter ännu. Importera en budgetfil eller kör `vonapp demo`.</source>
            <translation>The database has no units yet. Import a budget file or run `vonapp demo`.</translation>
        </message>
        <message>
            <source>Databasen {database} har problem:</source>
            <translation>The database {database} has problems:</translation>
        </message>
        <message>
            <source>Databasen {database} har redan enheter; exempeldata skapas bara i en tom databas. Välj en ny fil med --db.</source>
            <translation>The database {database} already has units; demo data is only created in an empty database. Choose a new file with --db.</translation>
        </message>
        <message>
            <source>Databasen {path} finns inte. Skapa den med `vonapp demo` eller öppna programmet.</source>
            <translation>The database {path} does not exist. Create it with `vonapp demo` or open the program.</translation>
        </message>
        <message>
            <source>Databasen {path} är hel.</source>
            <translation>The database {path} is intact.</translation>
        </message>
        <message>
            <source>Databasen {path} är skadad:</source>
            <translation>The database {path} is damaged:</translation>
        </message>
        <message>
            <source>Datumet {text} finns inte; skriv ÅÅÅÅ-MM-DD, t.ex. 2024-03-04.</source>
            <translation>The date {text} does not exist; write YYYY-MM-DD, e.g. 2024-03-04.</translation>
        </message>
        <message>
            <source>Det finns ingen hel säkerhetskopia. Återställ en kopia du har med `vonapp restore FIL --db {path}`.</source>
            <translation>There is no intact backup. Restore a copy you have with `vonapp restore FILE --db {path}`.</translation>
        </message>
        <message>
            <source>ENHET</source>
            <translation>UNIT</translation>
        </message>
        <message>
            <source>Enhet</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Enhetens egna andelar ({months} månader): utförandegrad {execution} av beviljad tid, brukartid {client} av arbetad tid; det ger en budget på {budget} för året.</source>
            <translation>The unit's own shares ({months} months): delivery rate {execution} of granted time, client time {client} of worked time; that gives a budget of {budget} for the year.</translation>
        </message>
        <message>
            <source>Enhetens egna andelar: ingen utförandetid registrerad för året.</source>
            <translation>The unit's own shares: no delivery time recorded for the year.</translation>
        </message>
        <message>
            <source>Ersättningsmodell {unit} {year}</source>
            <translation>Compensation model {unit} {year}</translation>
        </message>
        <message>
            <source>Excel-fil</source>
            <translation>Excel file</translation>
        </message>
        <message>
            <source>Exempeldata skapad i {database}: {report}</source>
            <translation>Demo data created in {database}: {report}</translation>
        </message>
        <message>
            <source>FIL</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>FILTYP</source>
            <translation>FILETYPE</translation>
        </message>
        <message>
            <source>Fil</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Filtyp</source>
            <translation>File type</translation>
        </message>
        <message>
            <source>Från</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Funnet</source>
            <translation>Found</translation>
        </message>
        <message>
            <source>Import {number} finns inte; se listan med `vonapp imports`.</source>
            <translation>Import {number} does not exist; see the list with `vonapp imports`.</translation>
        </message>
        <message>
            <source>Importera en CSV- eller xlsx-fil. FILTYP är {kinds} – {help}. `vonapp import undo NR` tar bort det import NR skrev.</source>
            <translation>Import a CSV or xlsx file. FILETYPE is {kinds} – {help}. `vonapp import undo NO` removes what import NO wrote.</translation>
        </message>
        <message>
            <source>Importerad</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Inga avvikelser från arbetstidsreglerna.</source>
            <translation>No breaches of the working-time rules.</translation>
        </message>
        <message>
            <source>Inga importer ännu.</source>
            <translation>No imports yet.</translation>
        </message>
        <message>
            <source>JSON-fil</source>
            <translation>JSON file</translation>
        </message>
        <message>
            <source>KOMMANDO</source>
            <translation>COMMAND</translation>
        </message>
        <message>
            <source>Kostnad för tillagda timmar</source>
            <translation>Cost of the added hours</translation>
        </message>
        <message>
            <source>Mått</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>NAMN</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>NR</source>
            <translation>NO</translation>
        </message>
        <message>
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Nr</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Okänd exporttyp {kind}; välj {kinds}.</source>
            <translation>Unknown export type {kind}; choose {kinds}.</translation>
        </message>
        <message>
            <source>PDF-fil</source>
            <translation>PDF file</translation>
        </message>
        <message>
            <source>PERIOD</source>
            <translation>PERIOD</translation>
        </message>
        <message>
            <source>PLACERING</source>
            <translation>PLACEMENT</translation>
        </message>
        <message>
            <source>PROCENT</source>
            <translation>PERCENT</translation>
        </message>
        <message>
            <source>Platser</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>RUBRIK=kolumn,…</source>
            <translation>HEADING=column,…</translation>
        </message>
        <message>
            <source>Rader</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>Regel</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>SCENARIO</source>
            <translation>SCENARIO</translation>
        </message>
        <message>
            <source>Schema h</source>
            <translation>Schedule h</translation>
        </message>
        <message>
            <source>Schema kr</source>
            <translation>Schedule kr</translation>
        </message>
        <message>
            <source>Schemat är uppdaterat; radskydd på {count} tabeller med enheter.</source>
            <translation>The schema is up to date; row-level security on {count} tables with units.</translation>
        </message>
        <message>
            <source>Skapar exempeldata …</source>
            <translation>Creating demo data …</translation>
        </message>
        <message>
            <source>Skillnad mot {model}</source>
            <translation>Difference from {model}</translation>
        </message>
        <message>
            <source>Skillnad {first} − {last}: {difference}</source>
            <translation>Difference {first} − {last}: {difference}</translation>
        </message>
        <message>
            <source>Skrev {what} {file}</source>
            <translation>Wrote {what} {file}</translation>
        </message>
        <message>
            <source>Skriv en uppföljningsfil till ekonomi: uppfoljning (xlsx), csv (lång tabell) eller pdf. Filen skrivs helt eller inte alls.</source>
            <translation>Write a follow-up file for finance: uppfoljning (xlsx), csv (long table) or pdf. The file is written whole or not at all.</translation>
        </message>
        <message>
            <source>SÖKVÄG</source>
            <translation>PATH</translation>
        </message>
        <message>
            <source>Säkerhetskopia sparad: {file}</source>
            <translation>Backup saved: {file}</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>TYP</source>
            <translation>TYPE</translation>
        </message>
        <message>
            <source>Till</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Tillagda timmar per vecka</source>
            <translation>Added hours per week</translation>
        </message>
        <message>
            <source>Tillagda timmar {start}–{end} ({days} dagar)</source>
            <translation>Added hours {start}–{end} ({days} days)</translation>
        </message>
        <message>
            <source>Timkostnad</source>
            <translation>Hourly cost</translation>
        </message>
        <message>
            <source>Totalt</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Var</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Verksamhet</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Verksamhetskod</source>
            <translation>Activity code</translation>
        </message>
        <message>
            <source>Vikarietimmar {start}–{end} (vikarie, mertid, övertid, inhyrd)</source>
            <translation>Substitute hours {start}–{end} (substitute, additional hours, overtime, agency)</translation>
        </message>
        <message>
            <source>Välj en säkerhetskopia, inte databasen själv.</source>
            <translation>Choose a backup, not the database itself.</translation>
        </message>
        <message>
            <source>Värde</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Word-fil</source>
            <translation>Word file</translation>
        </message>
        <message>
            <source>admin gäller en delad databas: ange --db postgresql+psycopg://…</source>
            <translation>admin works on a shared database: give --db postgresql+psycopg://…</translation>
        </message>
        <message>
            <source>administrera en delad databas på en PostgreSQL-server</source>
            <translation>administer a shared database on a PostgreSQL server</translation>
        </message>
        <message>
            <source>andra kolumnnamn och värden, t.ex. "Anst.nr=anställningsnummer,kategori:L110=vikarie"</source>
            <translation>other column names and values, e.g. "Anst.nr=anställningsnummer,kategori:L110=vikarie"</translation>
        </message>
        <message>
            <source>ange vad `{command}` ska göra (se `{command} --help`)</source>
            <translation>say what `{command}` should do (see `{command} --help`)</translation>
        </message>
        <message>
            <source>anställningsnummer</source>
            <translation>employee number</translation>
        </message>
        <message>
            <source>antal belagda platser en dag</source>
            <translation>number of occupied places on a day</translation>
        </message>
        <message>
            <source>använd en sparad profil; med --map sparas kartan under namnet för enheten</source>
            <translation>use a saved profile; with --map the mapping is saved under the name for the unit</translation>
        </message>
        <message>
            <source>användning: </source>
            <translation>usage: </translation>
        </message>
        <message>
            <source>apr</source>
            <translation>Apr</translation>
        </message>
        <message>
            <source>arbetstidsreglerna för schemat som gäller ett datum</source>
            <translation>the working-time rules for the schedule in force on a date</translation>
        </message>
        <message>
            <source>argument</source>
            <translation>arguments</translation>
        </message>
        <message>
            <source>argument {a}: ett värde behövs</source>
            <translation>argument {a}: a value is needed</translation>
        </message>
        <message>
            <source>argument {a}: går inte ihop med {b}</source>
            <translation>argument {a}: cannot be combined with {b}</translation>
        </message>
        <message>
            <source>argument {a}: högst ett värde</source>
            <translation>argument {a}: one value at most</translation>
        </message>
        <message>
            <source>argument {a}: minst ett värde behövs</source>
            <translation>argument {a}: at least one value is needed</translation>
        </message>
        <message>
            <source>argument {a}: ogiltigt val {b} (välj bland {c})</source>
            <translation>argument {a}: invalid choice {b} (choose from {c})</translation>
        </message>
        <message>
            <source>argument {a}: ogiltigt värde {c}</source>
            <translation>argument {a}: invalid value {c}</translation>
        </message>
        <message>
            <source>argument {a}: värdet {b} hör inte hit</source>
            <translation>argument {a}: the value {b} does not belong here</translation>
        </message>
        <message>
            <source>argument {a}: {b}</source>
            <translation>argument {a}: {b}</translation>
        </message>
        <message>
            <source>argument {a}: {b} värden behövs</source>
            <translation>argument {a}: {b} values are needed</translation>
        </message>
        <message>
            <source>aug</source>
            <translation>Aug</translation>
        </message>
        <message>
            <source>avbrutet; inget ändrades.</source>
            <translation>interrupted; nothing was changed.</translation>
        </message>
        <message>
            <source>avdelningschef för avdelningens enheter</source>
            <translation>department manager for the department's units</translation>
        </message>
        <message>
            <source>bara de här enheterna (standard: alla du ser)</source>
            <translation>only these units (default: all you can see)</translation>
        </message>
        <message>
            <source>belagda platser den dagen</source>
            <translation>occupied places that day</translation>
        </message>
        <message>
            <source>databas</source>
            <translation>database</translation>
        </message>
        <message>
            <source>databasfil eller SQLAlchemy-adress (standard: i din lokala programdatamapp)</source>
            <translation>database file or SQLAlchemy address (default: in your local application data folder)</translation>
        </message>
        <message>
            <source>datumet schemat ska gälla (ÅÅÅÅ-MM-DD, standard: i dag)</source>
            <translation>the date the schedule applies to (YYYY-MM-DD, default: today)</translation>
        </message>
        <message>
            <source>dec</source>
            <translation>Dec</translation>
        </message>
        <message>
            <source>dessa argument krävs: {a}</source>
            <translation>the following arguments are required: {a}</translation>
        </message>
        <message>
            <source>dygnsvila</source>
            <translation>daily rest</translation>
        </message>
        <message>
            <source>effekt i år</source>
            <translation>effect this year</translation>
        </message>
        <message>
            <source>effekt i år (tkr)</source>
            <translation>effect this year (tkr)</translation>
        </message>
        <message>
            <source>en uppföljning med dagens datum</source>
            <translation>a follow-up note with today's date</translation>
        </message>
        <message>
            <source>enheten filen gäller (behövs inte för budget)</source>
            <translation>the unit the file is for (not needed for budget)</translation>
        </message>
        <message>
            <source>enheten vars schema har passet</source>
            <translation>the unit whose schedule has the shift</translation>
        </message>
        <message>
            <source>enhetens namn</source>
            <translation>the unit's name</translation>
        </message>
        <message>
            <source>enhetens namn eller all</source>
            <translation>the unit's name or all</translation>
        </message>
        <message>
            <source>enheterna med verksamhet och koder</source>
            <translation>the units with service and codes</translation>
        </message>
        <message>
            <source>enhetschef för enheten</source>
            <translation>unit manager for the unit</translation>
        </message>
        <message>
            <source>ersätt anställdas namn och nummer med pseudonymer</source>
            <translation>replace employees' names and numbers with pseudonyms</translation>
        </message>
        <message>
            <source>ersätt enhetens befintliga data i filens datumintervall</source>
            <translation>replace the unit's existing data in the file's date range</translation>
        </message>
        <message>
            <source>ersättningsmodellerna sida vid sida (hemtjänst, boendestöd)</source>
            <translation>the compensation models side by side (home care, housing support)</translation>
        </message>
        <message>
            <source>ett av argumenten {a} krävs</source>
            <translation>one of the arguments {a} is required</translation>
        </message>
        <message>
            <source>feb</source>
            <translation>Feb</translation>
        </message>
        <message>
            <source>filen att importera (eller importens nummer efter undo)</source>
            <translation>the file to import (or the import's number after undo)</translation>
        </message>
        <message>
            <source>filen att skriva (.xlsx, .csv eller .pdf)</source>
            <translation>the file to write (.xlsx, .csv or .pdf)</translation>
        </message>
        <message>
            <source>flaggan {a} är tvetydig; den kan vara {b}</source>
            <translation>the option {a} is ambiguous; it could be {b}</translation>
        </message>
        <message>
            <source>flaggor</source>
            <translation>options</translation>
        </message>
        <message>
            <source>ge en inloggning behörighet till enheter</source>
            <translation>give a login access to units</translation>
        </message>
        <message>
            <source>heltid som norm: deltider höjs från en måndag</source>
            <translation>full time as the norm: part-time contracts raised from a Monday</translation>
        </message>
        <message>
            <source>helårseffekt</source>
            <translation>full-year effect</translation>
        </message>
        <message>
            <source>helårseffekt (tkr)</source>
            <translation>full-year effect (tkr)</translation>
        </message>
        <message>
            <source>hämta dina enheter från servern till en fil för arbete utan nät</source>
            <translation>fetch your units from the server into a file for working offline</translation>
        </message>
        <message>
            <source>import undo {text}: ange importens nummer (se `vonapp imports`).</source>
            <translation>import undo {text}: give the import's number (see `vonapp imports`).</translation>
        </message>
        <message>
            <source>importera en fil (eller ångra en import: import undo NR)</source>
            <translation>import a file (or undo an import: import undo NO)</translation>
        </message>
        <message>
            <source>ingen tid registrerad</source>
            <translation>no time recorded</translation>
        </message>
        <message>
            <source>inloggningens namn på servern</source>
            <translation>the login's name on the server</translation>
        </message>
        <message>
            <source>jan</source>
            <translation>Jan</translation>
        </message>
        <message>
            <source>jul</source>
            <translation>Jul</translation>
        </message>
        <message>
            <source>jun</source>
            <translation>Jun</translation>
        </message>
        <message>
            <source>kalkylblad</source>
            <translation>spreadsheet</translation>
        </message>
        <message>
            <source>kommandon</source>
            <translation>commands</translation>
        </message>
        <message>
            <source>kontrollera att databasen är hel</source>
            <translation>check that the database is intact</translation>
        </message>
        <message>
            <source>kopian (.sqlite)</source>
            <translation>the copy (.sqlite)</translation>
        </message>
        <message>
            <source>lista behörigheterna</source>
            <translation>list the access rights</translation>
        </message>
        <message>
            <source>lista importerna (nummer att ångra)</source>
            <translation>list the imports (numbers to undo)</translation>
        </message>
        <message>
            <source>lägg enheter i en avdelning</source>
            <translation>put units in a department</translation>
        </message>
        <message>
            <source>läsa alla enheter</source>
            <translation>read all units</translation>
        </message>
        <message>
            <source>maj</source>
            <translation>May</translation>
        </message>
        <message>
            <source>mar</source>
            <translation>Mar</translation>
        </message>
        <message>
            <source>måndagen höjningen börjar</source>
            <translation>the Monday the increase starts</translation>
        </message>
        <message>
            <source>nov</source>
            <translation>Nov</translation>
        </message>
        <message>
            <source>ny SQLite-fil</source>
            <translation>new SQLite file</translation>
        </message>
        <message>
            <source>ny status: {statuses}</source>
            <translation>new status: {statuses}</translation>
        </message>
        <message>
            <source>nyckeltalen för en enhet och period</source>
            <translation>the key figures for a unit and period</translation>
        </message>
        <message>
            <source>ogiltigt val {a} (välj bland {b})</source>
            <translation>invalid choice {a} (choose from {b})</translation>
        </message>
        <message>
            <source>okt</source>
            <translation>Oct</translation>
        </message>
        <message>
            <source>okända argument: {a}</source>
            <translation>unrecognised arguments: {a}</translation>
        </message>
        <message>
            <source>oväntat fel ({kind}: {error}). Inget ändrades; kör igen med VONAPP_DEBUG=1 för detaljer.</source>
            <translation>unexpected error ({kind}: {error}). Nothing was changed; run again with VONAPP_DEBUG=1 for details.</translation>
        </message>
        <message>
            <source>passets datum, ÅÅÅÅ-MM-DD (standard: i dag)</source>
            <translation>the shift's date, YYYY-MM-DD (default: today)</translation>
        </message>
        <message>
            <source>per vecka eller månad (standard)</source>
            <translation>per week or month (default)</translation>
        </message>
        <message>
            <source>placera ett resurspass: egen enhet, en annan enhet eller ej placerad</source>
            <translation>place a resource shift: own unit, another unit or not placed</translation>
        </message>
        <message>
            <source>registrera beläggning</source>
            <translation>record occupancy</translation>
        </message>
        <message>
            <source>registrera var ett resurspass användes</source>
            <translation>record where a resource shift was used</translation>
        </message>
        <message>
            <source>scenarier för schemat</source>
            <translation>scenarios for the schedule</translation>
        </message>
        <message>
            <source>schema: måndagen cykeln börjar; tid/belaggning: hoppa över rader före datumet</source>
            <translation>schema: the Monday the cycle starts; tid/belaggning: skip rows before the date</translation>
        </message>
        <message>
            <source>schemats arbetstidsregler och kostnad</source>
            <translation>the schedule's working-time rules and cost</translation>
        </message>
        <message>
            <source>schemats timmar och kr mot budget i timmar</source>
            <translation>the schedule's hours and kr against the budget in hours</translation>
        </message>
        <message>
            <source>sep</source>
            <translation>Sep</translation>
        </message>
        <message>
            <source>serverns adress (standard: den kopian hämtades från)</source>
            <translation>the server's address (default: the one the copy came from)</translation>
        </message>
        <message>
            <source>skapa eller uppdatera schemat, roller och radskydd</source>
            <translation>create or update the schema, roles and row-level security</translation>
        </message>
        <message>
            <source>skapa en databas med exempeldata</source>
            <translation>create a database with demo data</translation>
        </message>
        <message>
            <source>skicka ändringarna i en kopia (vonapp copy) tillbaka till servern</source>
            <translation>send the changes in a copy (vonapp copy) back to the server</translation>
        </message>
        <message>
            <source>skriv uppföljningsfil (xlsx), CSV eller PDF-rapport</source>
            <translation>write a follow-up file (xlsx), CSV or PDF report</translation>
        </message>
        <message>
            <source>skriv ut som JSON</source>
            <translation>print as JSON</translation>
        </message>
        <message>
            <source>skriv ut som JSON (procent som 80.0)</source>
            <translation>print as JSON (per cent as 80.0)</translation>
        </message>
        <message>
            <source>skriv ut som JSON (procent som 96.3)</source>
            <translation>print as JSON (per cent as 96.3)</translation>
        </message>
        <message>
            <source>skriv över en befintlig fil</source>
            <translation>overwrite an existing file</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>status, effekt och uppföljning för en åtgärd</source>
            <translation>status, effect and follow-up for a measure</translation>
        </message>
        <message>
            <source>sysselsättning</source>
            <translation>employment rate</translation>
        </message>
        <message>
            <source>sysselsättningsgrad att höja till (100)</source>
            <translation>employment rate to raise to (100)</translation>
        </message>
        <message>
            <source>säkerhetskopian att återställa</source>
            <translation>the backup to restore</translation>
        </message>
        <message>
            <source>säkerhetskopiera databasen</source>
            <translation>back up the database</translation>
        </message>
        <message>
            <source>t.o.m. {day}</source>
            <translation>through {day}</translation>
        </message>
        <message>
            <source>ta bort en inloggnings alla behörigheter</source>
            <translation>remove all of a login's access rights</translation>
        </message>
        <message>
            <source>unit: sju enheter 2022–2024; forvaltning: över 100 enheter och 3 miljoner tidrader</source>
            <translation>unit: seven units 2022–2024; forvaltning: over 100 units and 3 million time rows</translation>
        </message>
        <message>
            <source>uppföljning tillagd</source>
            <translation>follow-up note added</translation>
        </message>
        <message>
            <source>utfall {through}</source>
            <translation>actuals {through}</translation>
        </message>
        <message>
            <source>varav inhyrd</source>
            <translation>of which agency</translation>
        </message>
        <message>
            <source>varav mertid</source>
            <translation>of which additional hours</translation>
        </message>
        <message>
            <source>varav ordinarie</source>
            <translation>of which regular</translation>
        </message>
        <message>
            <source>varav resurspass</source>
            <translation>of which resource shifts</translation>
        </message>
        <message>
            <source>varav vikarie</source>
            <translation>of which substitute</translation>
        </message>
        <message>
            <source>varav övertid</source>
            <translation>of which overtime</translation>
        </message>
        <message>
            <source>veckoarbetstid</source>
            <translation>weekly working time</translation>
        </message>
        <message>
            <source>veckovila</source>
            <translation>weekly rest</translation>
        </message>
        <message>
            <source>visa den här hjälpen och avsluta</source>
            <translation>show this help and exit</translation>
        </message>
        <message>
            <source>visa programmets version och avsluta</source>
            <translation>show the program's version and exit</translation>
        </message>
        <message>
            <source>visa vad importen skulle göra, skriv inget</source>
            <translation>show what the import would do, write nothing</translation>
        </message>
        <message>
            <source>vonapp – bemanning, budget i timmar, beläggning och uppföljning för enhetschefer.</source>
            <translation>vonapp – staffing, budget in hours, occupancy and follow-up for unit managers.</translation>
        </message>
        <message>
            <source>{command} fungerar bara för databaser i en fil.</source>
            <translation>{command} only works for databases in a file.</translation>
        </message>
        <message>
            <source>{count} avvikelser (varningar; schemat gäller ändå):</source>
            <translation>{count} breaches (warnings; the schedule still applies):</translation>
        </message>
        <message>
            <source>{file} finns redan; inget skrevs. Välj ett annat namn eller lägg till --force för att skriva över.</source>
            <translation>{file} already exists; nothing was written. Choose another name or add --force to overwrite it.</translation>
        </message>
        <message>
            <source>{file} finns redan; välj ett nytt filnamn.</source>
            <translation>{file} already exists; choose a new file name.</translation>
        </message>
        <message>
            <source>{file}: den användarens hemmapp finns inte; skriv hela sökvägen.</source>
            <translation>{file}: that user's home folder does not exist; write the whole path.</translation>
        </message>
        <message>
            <source>{file}: hemmappen finns inte; skriv hela sökvägen.</source>
            <translation>{file}: the home folder does not exist; write the whole path.</translation>
        </message>
        <message>
            <source>{message} (se `{prog} --help`)</source>
            <translation>{message} (see `{prog} --help`)</translation>
        </message>
        <message>
            <source>{option} {text}: inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2024-05-06.</source>
            <translation>{option} {text}: not a date; write YYYY-MM-DD, e.g. 2024-05-06.</translation>
        </message>
        <message>
            <source>{problem}; välj en databasfil med --db.</source>
            <translation>{problem}; choose a database file with --db.</translation>
        </message>
        <message>
            <source>{text} är inget år; skriv t.ex. 2023</source>
            <translation>{text} is not a year; write e.g. 2023</translation>
        </message>
        <message>
            <source>{unit} har ingen registrerad tid, beläggning eller budget för {period} ({start} – {end}).</source>
            <translation>{unit} has no recorded time, occupancy or budget for {period} ({start} – {end}).</translation>
        </message>
        <message>
            <source>{unit} har inget schema. Skapa ett i Schema-vyn eller importera ett med `vonapp import schema`.</source>
            <translation>{unit} has no schedule. Create one in the Schedule view or import one with `vonapp import schema`.</translation>
        </message>
        <message>
            <source>{unit}, schemats kostnad {period} per månad (avvikelse = budget − schema; positiv = inom budget)</source>
            <translation>{unit}, the schedule's cost {period} per month (variance = budget − schedule; positive = within budget)</translation>
        </message>
        <message>
            <source>{unit}, schemats kostnad {period} per vecka (avvikelse = budget − schema; positiv = inom budget)</source>
            <translation>{unit}, the schedule's cost {period} per week (variance = budget − schedule; positive = within budget)</translation>
        </message>
        <message>
            <source>{unit}: heltid som norm från {start}, alla under {rate} höjs (heltidsmått {full_time} h). De tillagda timmarna blir resurspass.</source>
            <translation>{unit}: full time as the norm from {start}, everyone below {rate} is raised (full-time measure {full_time} h). The added hours become resource shifts.</translation>
        </message>
        <message>
            <source>{unit}: schemat {schedule} från {start}, {weeks} veckors cykel, {employees} anställda</source>
            <translation>{unit}: the schedule {schedule} from {start}, {weeks}-week cycle, {employees} employees</translation>
        </message>
        <message>
            <source>{what} {old} → {new}</source>
            <translation>{what} {old} → {new}</translation>
        </message>
        <message>
            <source>{what} {value} (oförändrad)</source>
            <translation>{what} {value} (unchanged)</translation>
        </message>
        <message>
            <source>ÅR</source>
            <translation>YEAR</translation>
        </message>
        <message>
            <source>ÅTGÄRD</source>
            <translation>ACTION</translation>
        </message>
        <message>
            <source>Återställ den senaste hela säkerhetskopian med `vonapp restore {backup} --db {path}`.</source>
            <translation>Restore the latest intact backup with `vonapp restore {backup} --db {path}`.</translation>
        </message>
        <message>
            <source>Åtgärdsplanen: effekt i år {effect}, helårseffekt {full_year}, åtgärdskrav {requirement}, kvar att hitta {gap}.</source>
            <translation>The action plan: effect this year {effect}, full-year effect {full_year}, savings requirement {requirement}, still to find {gap}.</translation>
        </message>
        <message>
            <source>ÅÅÅÅ-MM-DD (standard: i dag)</source>
            <translation>YYYY-MM-DD (default: today)</translation>
        </message>
        <message>
            <source>ändra en åtgärd i åtgärdsplanen</source>
            <translation>change a measure in the action plan</translation>
        </message>
        <message>
            <source>året {year} ligger utanför 1900–2999</source>
            <translation>the year {year} lies outside 1900–2999</translation>
        </message>
        <message>
            <source>året, t.ex. 2023</source>
            <translation>the year, e.g. 2023</translation>
        </message>
        <message>
            <source>återställ databasen från en säkerhetskopia</source>
            <translation>restore the database from a backup</translation>
        </message>
        <message>
            <source>åtgärdens namn som i åtgärdsplanen</source>
            <translation>the measure's name as in the action plan</translation>
        </message>
        <message>
            <source>åtgärdsplanens år, t.ex. 2023</source>
            <translation>the action plan's year, e.g. 2023</translation>
        </message>
        <message>
            <source>… och {count} fel till</source>
            <translation>… and {count} more errors</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>Augusti</source>
            <translation>August</translation>
        </message>
        <message>
            <source>December</source>
            <translation>December</translation>
        </message>
        <message>
            <source>Februari</source>
            <translation>February</translation>
        </message>
        <message>
            <source>Januari</source>
            <translation>January</translation>
        </message>
        <message>
            <source>Juli</source>
            <translation>July</translation>
        </message>
        <message>
            <source>Juni</source>
            <translation>June</translation>
        </message>
        <message>
            <source>Maj</source>
            <translation>May</translation>
        </message>
        <message>
            <source>Mars</source>
            <translation>March</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>Oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>apr</source>
            <translation>Apr</translation>
        </message>
        <message>
            <source>april</source>
            <translation>April</translation>
        </message>
        <message>
            <source>aug</source>
            <translation>Aug</translation>
        </message>
        <message>
            <source>augusti</source>
            <translation>August</translation>
        </message>
        <message>
            <source>dec</source>
            <translation>Dec</translation>
        </message>
        <message>
            <source>december</source>
            <translation>December</translation>
        </message>
        <message>
            <source>feb</source>
            <translation>Feb</translation>
        </message>
        <message>
            <source>februari</source>
            <translation>February</translation>
        </message>
        <message>
            <source>fr</source>
            <translation>Fr</translation>
        </message>
        <message>
            <source>fre</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>fredag</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>jan</source>
            <translation>Jan</translation>
        </message>
        <message>
            <source>januari</source>
            <translation>January</translation>
        </message>
        <message>
            <source>jul</source>
            <translation>Jul</translation>
        </message>
        <message>
            <source>juli</source>
            <translation>July</translation>
        </message>
        <message>
            <source>jun</source>
            <translation>Jun</translation>
        </message>
        <message>
            <source>juni</source>
            <translation>June</translation>
        </message>
        <message>
            <source>lö</source>
            <translation>Sa</translation>
        </message>
        <message>
            <source>lör</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>lördag</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>maj</source>
            <translation>May</translation>
        </message>
        <message>
            <source>mar</source>
            <translation>Mar</translation>
        </message>
        <message>
            <source>mars</source>
            <translation>March</translation>
        </message>
        <message>
            <source>må</source>
            <translation>Mo</translation>
        </message>
        <message>
            <source>mån</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>måndag</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>nov</source>
            <translation>Nov</translation>
        </message>
        <message>
            <source>november</source>
            <translation>November</translation>
        </message>
        <message>
            <source>okt</source>
            <translation>Oct</translation>
        </message>
        <message>
            <source>oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <source>on</source>
            <translation>We</translation>
        </message>
        <message>
            <source>ons</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>onsdag</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>sep</source>
            <translation>Sep</translation>
        </message>
        <message>
            <source>september</source>
            <translation>September</translation>
        </message>
        <message>
            <source>sö</source>
            <translation>Su</translation>
        </message>
        <message>
            <source>sön</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>söndag</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>ti</source>
            <translation>Tu</translation>
        </message>
        <message>
            <source>tis</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>tisdag</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>to</source>
            <translation>Th</translation>
        </message>
        <message>
            <source>tor</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>torsdag</source>
            <translation>Thursday</translation>
        </message>
    </context>
    <context>
        <name>utfall</name>
        <message>
            <source>Andel</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Anst.nr</source>
            <translation>Emp. no.</translation>
        </message>
        <message>
            <source>Arbetat</source>
            <translation>Worked</translation>
        </message>
        <message>
            <source>Av planerat</source>
            <translation>Of planned</translation>
        </message>
        <message>
            <source>Bara en frånvarorad kan vara ersatt av en annan rad.</source>
            <translation>Only an absence row can be covered by another row.</translation>
        </message>
        <message>
            <source>Dag</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Dagar då vikarier, mertid, övertid eller inhyrda togs in medan resurspass stod oplacerade</source>
            <translation>Days when substitutes, additional hours, overtime or agency staff were used while resource shifts stood unplaced</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Ej placerat</source>
            <translation>Not placed</translation>
        </message>
        <message>
            <source>Ej placerat dagen</source>
            <translation>Not placed that day</translation>
        </message>
        <message>
            <source>En frånvarorad behöver en frånvarotyp.</source>
            <translation>An absence row needs an absence type.</translation>
        </message>
        <message>
            <source>En rad har mer än 0 och högst 24 timmar.</source>
            <translation>A row has more than 0 and at most 24 hours.</translation>
        </message>
        <message>
            <source>Ersatt av</source>
            <translation>Covered by</translation>
        </message>
        <message>
            <source>Ersättare</source>
            <translation>Substitutes</translation>
        </message>
        <message>
            <source>Ersättare dagen</source>
            <translation>Substitutes that day</translation>
        </message>
        <message>
            <source>Från</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Frånvaro</source>
            <translation>Absence</translation>
        </message>
        <message>
            <source>Frånvarotimmar</source>
            <translation>Absence hours</translation>
        </message>
        <message>
            <source>Frånvarotimmar ÷ planerade timmar</source>
            <translation>Absence hours ÷ planned hours</translation>
        </message>
        <message>
            <source>Frånvarotyp</source>
            <translation>Absence type</translation>
        </message>
        <message>
            <source>Frånvarotyp anges bara på frånvarorader.</source>
            <translation>An absence type is entered only on absence rows.</translation>
        </message>
        <message>
            <source>Frånvarotypen {value} finns inte</source>
            <translation>The absence type {value} does not exist</translation>
        </message>
        <message>
            <source>Föräldral.</source>
            <translation>Parental l.</translation>
        </message>
        <message>
            <source>Inhyrd</source>
            <translation>Agency</translation>
        </message>
        <message>
            <source>Kategori</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Kategorin {value} finns inte</source>
            <translation>The category {value} does not exist</translation>
        </message>
        <message>
            <source>Källa</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Mertid</source>
            <translation>Add. hours</translation>
        </message>
        <message>
            <source>Missade timmar × timkostnad</source>
            <translation>Missed hours × hourly cost</translation>
        </message>
        <message>
            <source>Missat dagen</source>
            <translation>Missed that day</translation>
        </message>
        <message>
            <source>Missat h</source>
            <translation>Missed h</translation>
        </message>
        <message>
            <source>Missat kr</source>
            <translation>Missed kr</translation>
        </message>
        <message>
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Ordinarie</source>
            <translation>Regular</translation>
        </message>
        <message>
            <source>Placering</source>
            <translation>Placement</translation>
        </message>
        <message>
            <source>Placering anges bara på resurspassrader.</source>
            <translation>A placement is entered only on resource shift rows.</translation>
        </message>
        <message>
            <source>Planerade resurspass − placerade (egen eller annan enhet)</source>
            <translation>Planned resource shifts − placed (own or another unit)</translation>
        </message>
        <message>
            <source>Planerat</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Problemdagar</source>
            <translation>Problem days</translation>
        </message>
        <message>
            <source>Raden som ersatte frånvaron, eller ej ersatt</source>
            <translation>The row that covered the absence, or not covered</translation>
        </message>
        <message>
            <source>Resurspass</source>
            <translation>Resource shifts</translation>
        </message>
        <message>
            <source>Resurspass enligt schemat</source>
            <translation>Resource shifts in the schedule</translation>
        </message>
        <message>
            <source>Resurspass plan.</source>
            <translation>Resource sh. plan.</translation>
        </message>
        <message>
            <source>Semester</source>
            <translation>Holiday</translation>
        </message>
        <message>
            <source>Sjuk</source>
            <translation>Sick</translation>
        </message>
        <message>
            <source>Summa arbetade timmar</source>
            <translation>Total hours worked</translation>
        </message>
        <message>
            <source>Till</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Timmar</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Timmar enligt schemat (resurspass inräknade)</source>
            <translation>Hours in the schedule (resource shifts included)</translation>
        </message>
        <message>
            <source>Tjänstl.</source>
            <translation>Leave</translation>
        </message>
        <message>
            <source>Vab</source>
            <translation>Child sick</translation>
        </message>
        <message>
            <source>Vecka</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Vikarie</source>
            <translation>Substitute</translation>
        </message>
        <message>
            <source>Vikarie + mertid + övertid + inhyrd</source>
            <translation>Substitute + additional hours + overtime + agency</translation>
        </message>
        <message>
            <source>Vikarie + mertid + övertid + inhyrd samma dag</source>
            <translation>Substitute + additional hours + overtime + agency that day</translation>
        </message>
        <message>
            <source>egen enhet, en annan enhet eller ej placerad</source>
            <translation>egen enhet (own unit), another unit or ej placerad (not placed)</translation>
        </message>
        <message>
            <source>min(ej placerat, ersättare) samma dag</source>
            <translation>min(not placed, substitutes) that day</translation>
        </message>
        <message>
            <source>min(ej placerat, ersättare): resurspass som kunde ha ersatt inhyrda timmar</source>
            <translation>min(not placed, substitutes): resource shifts that could have replaced bought-in hours</translation>
        </message>
        <message>
            <source>summa</source>
            <translation>total</translation>
        </message>
        <message>
            <source>v. {0}</source>
            <translation>wk {0}</translation>
        </message>
        <message>
            <source>{0} {1} (rad {2})</source>
            <translation>{0} {1} (row {2})</translation>
        </message>
        <message>
            <source>{value} är ingen enhet</source>
            <translation>{value} is not a unit</translation>
        </message>
        <message>
            <source>{value} är ingen rad denna dag som kan ersätta frånvaro</source>
            <translation>{value} is not a row on this day that can cover absence</translation>
        </message>
        <message>
            <source>{value} är varken egen enhet, ej placerad eller en enhet</source>
            <translation>{value} is neither egen enhet, ej placerad nor a unit</translation>
        </message>
        <message>
            <source>Övertid</source>
            <translation>Overtime</translation>
        </message>
        <message>
            <source>Övr. frånv.</source>
            <translation>Other abs.</translation>
        </message>
        <message>
            <source>⚠ = vikarier m.fl. togs in medan resurspass stod oplacerade</source>
            <translation>⚠ = substitutes etc. were brought in while resource shifts stood unplaced</translation>
        </message>
    </context>
</TS>