<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
    <context>
        <name />
        <message>
            <location filename="../../vonapp/ui/actions.py" line="45" />
            <source>&amp;Ny databas…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="46" />
            <source>Skapa en ny, tom databasfil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="47" />
            <source>&amp;Öppna…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="48" />
            <source>Öppna en annan databasfil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="49" />
            <source>&amp;Säkerhetskopiera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="50" />
            <source>Spara en säkerhetskopia av databasen nu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="51" />
            <source>Å&amp;terställ…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="52" />
            <source>Återställ databasen från en säkerhetskopia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="53" />
            <source>&amp;Importera…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="54" />
            <source>Läs in budget, schema, tid, beläggning m.m. från en fil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="55" />
            <source>&amp;Exportera…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="56" />
            <source>Skriv uppföljningsfil, CSV eller PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="57" />
            <source>&amp;Avsluta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="57" />
            <source>Stäng vonapp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="58" />
            <source>Ångra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="59" />
            <source>Gör om</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="60" />
            <source>&amp;Föregående period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="61" />
            <source>Stega bakåt ett år, kvartal eller månad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="62" />
            <source>&amp;Nästa period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="63" />
            <source>Stega framåt ett år, kvartal eller månad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="65" />
            <source>&amp;Om vonapp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="66" />
            <source>Version och kort om programmet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="73" />
            <source>&amp;Arkiv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="81" />
            <source>&amp;Redigera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="83" />
            <location filename="../../vonapp/ui/help_menu.py" line="33" />
            <source>&amp;Visa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/actions.py" line="87" />
            <location filename="../../vonapp/ui/help_menu.py" line="29" />
            <source>&amp;Hjälp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/help_menu.py" line="23" />
            <source>&amp;Handbok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/help_menu.py" line="25" />
            <source>Läs handboken: begreppen, import, uppföljningsfilen och var data finns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/help_menu.py" line="34" />
            <source>&amp;Språk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/help_menu.py" line="36" />
            <source>Som datorn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/help_menu.py" line="52" />
            <source>Språket byts nästa gång du startar vonapp.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/save_image.py" line="20" />
            <source>Overview</source>
            <comment>Spara bild</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/save_image.py" line="21" />
            <source>Overview</source>
            <comment>PNG-bild (*.png)</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/save_image.py" line="30" />
            <source>Overview</source>
            <comment>Bilden sparades inte</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/save_image.py" line="31" />
            <source>Overview</source>
            <comment>Det gick inte att skriva {0}. Välj en annan mapp eller ett annat filnamn.</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Här kommer du att se:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BudgetChart</name>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="48" />
            <source>Budget i timmar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="49" />
            <source>timmar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="50" />
            <source>ack. avvikelse, h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="67" />
            <source>prognos →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="81" />
            <source>prognos (schemalagt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="81" />
            <source>budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="82" />
            <source>ackumulerad avvikelse (nedre delen; plus = under budget)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="105" />
            <source>Inget registrerat ännu: staplarna visar schemat (prognos) mot budgeten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="107" />
            <source>Arbetade timmar per {0} mot budget, till och med {1}; därefter prognos enligt schemat till 31 december.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="109" />
            <source>månad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="109" />
            <source>vecka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="122" />
            <source>Budget: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="124" />
            <source>Prognos (schemalagt): {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="126" />
            <source>Arbetat: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="129" />
            <source>Därefter schemalagt: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="132" />
            <source>Avvikelse (budget − {0}): {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="133" />
            <source>prognos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="133" />
            <source>utfall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="135" />
            <source>Avvikelse i kr: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/budget.py" line="136" />
            <source>Ackumulerad avvikelse: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <location filename="../../vonapp/ui/overview/charts/base.py" line="192" />
            <location filename="../../vonapp/ui/overview/charts/base.py" line="237" />
            <source>Spara bild…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/base.py" line="193" />
            <source>Spara diagrammet som en PNG-bild</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="46" />
            <location filename="../../vonapp/ui/commands.py" line="55" />
            <source>Ny databas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="52" />
            <source>{0} finns redan. Välj ett nytt filnamn – en befintlig fil öppnar du med Arkiv → Öppna…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="56" />
            <source>Ska den nya databasen vara tom eller innehålla exempeldata?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="57" />
            <source>Tom databas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="58" />
            <source>Med exempeldata</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="59" />
            <source>Avbryt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="69" />
            <source>Öppna databas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="102" />
            <source>Exempeldata skapad: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="105" />
            <source>Skapar exempeldata … det tar några sekunder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="116" />
            <source>Säkerhetskopia sparad: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="127" />
            <source>Återställ från säkerhetskopia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="134" />
            <source>Välj en säkerhetskopia, inte databasen själv.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="137" />
            <source>Återställ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="138" />
            <source>Databasens innehåll ersätts med säkerhetskopian {0}.

Det nuvarande innehållet sparas först i en ny säkerhetskopia, så du kan ångra genom att återställa den. Fortsätt?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="154" />
            <source>Databasen återställd från {0}; innehållet före sparades i {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/commands.py" line="198" />
            <source>Alla enheter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="51" />
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="78" />
            <source>Exportera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="63" />
            <source>Perioden väljs i huvudfönstret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="65" />
            <source>Välj…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="69" />
            <source>Ersätt namn med anställningsnummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="70" />
            <source>För filer som lämnar enheten: inga namn, bara anställningsnummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="72" />
            <source>Vad:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="73" />
            <source>Enhet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="74" />
            <source>Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="75" />
            <source>Fil:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="79" />
            <source>Avbryt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="100" />
            <source>Spara som</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="107" />
            <source>Ange en fil att spara till.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="120" />
            <source>Exporterar …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="125" />
            <source>Filen är sparad:
{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="126" />
            <source>Öppna mappen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/export_dialog.py" line="138" />
            <source>Exporten avbröts; ingen fil skrevs.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandbookDialog</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/handbook.py" line="29" />
            <source>vonapp – handbok</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="59" />
            <source>Importera fil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="68" />
            <source>Välj en CSV- eller Excel-fil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="69" />
            <source>Välj fil…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="86" />
            <source>Schemat gäller från denna måndag tills enhetens nästa schema börjar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="87" />
            <source>Ersätt data som redan finns för samma dagar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="89" />
            <source>Fil:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="90" />
            <source>Filtyp:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="91" />
            <source>Enhet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="92" />
            <source>Schemat börjar:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="95" />
            <source>Välj en fil. Den provläses först; inget sparas förrän du klickar Importera.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="114" />
            <source>Provläs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="115" />
            <source>Importera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="116" />
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="253" />
            <source>Stäng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="138" />
            <source>Välj fil att importera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="191" />
            <source>Provläser {0} …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="203" />
            <source>Filen är redan importerad; det finns inget nytt att läsa in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="205" />
            <source>Provläsningen gick bra. Kontrollera raderna nedan och klicka Importera.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="222" />
            <source>{0} har {1} fel på {2} rader och kan inte importeras. Rätta raderna nedan i filen och välj den igen; inget har sparats.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="227" />
            <source>Filen kan inte importeras som den är; inget har sparats.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="238" />
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="243" />
            <source>Importerar {0} …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="251" />
            <source>Klart: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/import_dialog.py" line="259" />
            <source>Importen avbröts; inget ändrades i databasen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../vonapp/ui/main_window.py" line="69" />
            <source>Urval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/main_window.py" line="75" />
            <source>&amp;Enhet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/main_window.py" line="77" />
            <source>&amp;Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/main_window.py" line="210" />
            <source> – exempeldata</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/main_window.py" line="271" />
            <source>Databasen är tom. Lägg in enheter och budget med Arkiv → Importera… (filtyp Budget). Vill du först prova med påhittade enheter: välj Arkiv → Ny databas… och Med exempeldata.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/main_window.py" line="282" />
            <source>vonapp</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OccupancyChart</name>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="28" />
            <source>Beläggning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="29" />
            <source>beläggning, %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="37" />
            <source>Ingen beläggning att visa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="40" />
            <source>beläggning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="41" />
            <source>budgeterad beläggning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="42" />
            <source>samma period i fjol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="57" />
            <source>Belagda platsdygn i procent av tillgängliga, per {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="58" />
            <source>dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="58" />
            <source>vecka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="62" />
            <source>Ingen beläggning registrerad för perioden: enheten har inga platser eller ingen beläggning är importerad.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="78" />
            <source>v. {0} från {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="80" />
            <source>Beläggning: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="81" />
            <source>&amp;nbsp;&amp;nbsp;{0} av {1} platsdygn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="83" />
            <source>Budget: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/occupancy.py" line="86" />
            <source>I fjol: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../vonapp/ui/overview/page.py" line="26" />
            <source>Översikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/page.py" line="28" />
            <source>Laddar översikten …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/page.py" line="92" />
            <source>{0} · {1} ({2} – {3})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeriodSelector</name>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="106" />
            <source>År</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="106" />
            <source>Kvartal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="106" />
            <source>Månad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="108" />
            <source>Visa ett år, ett kvartal eller en månad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="111" />
            <source>Föregående period (Alt+Vänster)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="115" />
            <source>Perioden som siffrorna gäller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="118" />
            <source>Nästa period (Alt+Höger)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <location filename="../../vonapp/ui/areas.py" line="88" />
            <source>Den här delen kommer i en senare version. Data du importerar redan nu (Arkiv → Importera…) sparas och visas här när delen är klar.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/problems_model.py" line="17" />
            <source>Rad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/problems_model.py" line="17" />
            <source>Kolumn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/problems_model.py" line="17" />
            <source>Värde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/problems_model.py" line="17" />
            <source>Varför</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResurspassChart</name>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="28" />
            <source>Resurspass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="29" />
            <source>timmar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="36" />
            <source>planerade i schemat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="37" />
            <source>använda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="38" />
            <source>missade (vikarie m.fl. anlitades i stället)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="52" />
            <source>Timmar per vecka. Missade = resurspass som inte användes samma dag som vikarie, mertid, övertid eller inhyrd personal anlitades.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="55" />
            <source>Inga resurspass i schemat under perioden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="67" />
            <source>v. {0} från {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="68" />
            <source>Planerade: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="69" />
            <source>Använda: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="70" />
            <source>&amp;nbsp;&amp;nbsp;i egen enhet {0}, i annan enhet {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/resurspass.py" line="72" />
            <source>Missade: {0} = {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StaffingChart</name>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="31" />
            <source>Bemanning under en vecka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="32" />
            <source>personal i tjänst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="45" />
            <source>i tjänst enligt schemat (snitt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="46" />
            <source>bemanningsbehov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="60" />
            <source>Genomsnittligt antal i tjänst per timme under perioden, måndag till söndag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="62" />
            <source>Inget schema under perioden att visa bemanningen från.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="64" />
            <source>Inget bemanningsbehov registrerat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="76" />
            <source>I tjänst: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/overview/charts/staffing.py" line="77" />
            <source>Behov: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../../vonapp/ui/statusbar.py" line="20" />
            <source>Arbetar …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/statusbar.py" line="29" />
            <source>Databas: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/statusbar.py" line="33" />
            <source>ingen ännu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/statusbar.py" line="34" />
            <source>Senaste säkerhetskopia: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnitSelector</name>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="31" />
            <source>Enheten som siffrorna gäller (Alla enheter = summan av alla)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/selectors.py" line="39" />
            <source>Alla enheter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/welcome.py" line="15" />
            <source>Välkommen till vonapp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/welcome.py" line="19" />
            <source>vonapp hjälper dig som enhetschef att följa budget i timmar, resurspass, beläggning och åtgärdsplan – och att se var året landar innan det är slut. Allt sparas i en fil på din egen dator, och uppföljningsfilen till ekonomi skapas med ett klick.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/welcome.py" line="24" />
            <source>Exempeldata är påhittade enheter som visar hur allt fungerar. Med en tom databas börjar du med att importera en budgetfil (Arkiv → Importera…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/welcome.py" line="28" />
            <source>Öppna exempeldata</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/welcome.py" line="29" />
            <source>Börja med en tom databas</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../vonapp/ui/app.py" line="84" />
            <source>Databasen {0} verkar vara skadad och det finns ingen hel säkerhetskopia. vonapp försöker öppna den ändå; kör `vonapp check` för detaljer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/app.py" line="90" />
            <source>Databasen {0} verkar vara skadad.

Vill du återställa den senaste hela säkerhetskopian ({1})? Den skadade filen sparas först som en egen säkerhetskopia.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/app.py" line="102" />
            <source>Återställningen misslyckades ({0}). Databasen är oförändrad; återställ med Arkiv → Återställ… när programmet är öppet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>handbook</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/handbook.py" line="17" />
            <source>handbok.sv.html</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../../vonapp/ui/dialogs/about.py" line="33" />
            <source>Om vonapp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/progress.py" line="26" />
            <source>Avbryt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../vonapp/ui/dialogs/progress.py" line="46" />
            <source>Avbryter … inget ändras.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverviewTiles</name>
        <message>
            <source> t.o.m. {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>! Bevaka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>({0}) = {1} = {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Andel timavlönade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Andel timavlönade = vikarietimmar ÷ arbetade timmar = {0} ÷ {1} = {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Användning = använda ÷ planerade resurspass = {0} ÷ {1} = {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avvikelse = budget − utfall = {0} − {1} = {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avvikelse i kr = budget kr − utfall kr = {0} − {1} = {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beläggning = belagda platsdygn ÷ tillgängliga platsdygn = {0} ÷ {1} = {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bra när minst 90 % av resurspassen används, Bevaka från 70 %, annars Åtgärda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bra när prognosen ryms i årets budget, Bevaka upp till 2 % över, annars Åtgärda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bra när utfallet ryms i budgeten, Bevaka upp till 2 % över, annars Åtgärda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bra när åtgärderna täcker kravet, Bevaka när högst 25 % av kravet saknas, annars Åtgärda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bra upp till 10 %, Bevaka upp till 15 %, annars Åtgärda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bra upp till 6 %, Bevaka upp till 8 %, annars Åtgärda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bra vid budgeterad beläggning eller mer, Bevaka inom 1,5 procentenheter under, annars Åtgärda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget för perioden: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget helår = {0} = {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget i timmar = personalbudget kr ÷ timkostnad × periodens andel av året.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget {0} · {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget {0} · {1} procentenheter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budgeterad beläggning: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enheten har inga platser, eller ingen beläggning är importerad (Arkiv → Importera… → beläggning).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enheten har inget schema med resurspass.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gap = åtgärdskrav − åtgärdernas effekt i år = {0} − {1} = {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hela periodens budget är {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Helårseffekt av åtgärderna: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen arbetad tid registrerad under perioden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen beläggning registrerad för perioden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen budget att jämföra med</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen budget för perioden. Importera budgeten under Arkiv → Importera…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen budget för {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen budgeterad beläggning att jämföra med.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen tid registrerad under perioden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inget registrerat och inget schema för {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inget schema att räkna sjukfrånvaron mot under perioden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inget åtgärdskrav i budgeten för perioden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Krav {0} · åtgärder {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missade = {0} × timkostnad = {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missade resurspass en dag = det minsta av (planerade − använda resurspass) och timmar för vikarie, mertid, övertid och inhyrd samma dag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missade {0} = {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prognos = utfall t.o.m. senaste registrerade dag + schemalagda timmar därefter till 31 december</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prognos helår {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prognos − budget = {0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sjukfrånvaro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sjukfrånvaro = sjuktimmar ÷ schemalagda timmar = {0} ÷ {1} = {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tid är registrerad till och med {0}; talen gäller dagarna dit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Utfall = {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Utfall {0} av {1}
Avvikelse i kr: {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Utfall {0} av {1} hittills
Avvikelse i kr: {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>av arbetad tid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>av resurspassen användes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>av schemalagd tid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>avvikelse, {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>avvikelse{0}, {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ingen data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>inget utfall ännu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kravet är täckt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kvar att hitta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prognos, inom budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prognos, över budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>under budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>utfall t.o.m. {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} sjuk av {1} schemalagda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} vikarie av {1} arbetade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åtgärdsplan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>över budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Bra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✕ Åtgärda</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>about</name>
        <message>
            <source>Allt sparas i en databasfil på din dator; inget skickas över nätet. En säkerhetskopia tas före varje import och högst en gång om dagen när programmet startar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bemanning, budget i timmar, beläggning och uppföljning för enhetschefer i vård och omsorg.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Databas:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kortkommandon: F1 handboken, Ctrl+I importera, Ctrl+E exportera, Ctrl+B säkerhetskopiera, Alt+Vänster/Höger byt period, Ctrl+1–7 byt vy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt för Python</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>areas</name>
        <message>
            <source>Beläggning per dag, vecka och månad mot budgeterad beläggning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bemanningsbehov per veckodag och tid, jämfört med vilka som är i tjänst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget i timmar, prognos, beläggning och resurspass på en sida.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dagar där vikarier togs in trots att resurspass stod oanvända</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ekonomi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ersättningsmodellen för hemtjänst och boendestöd: gammal och ny modell sida vid sida</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frånvaro per typ: sjuk, semester, vab, föräldraledig, tjänstledig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Helårsprognos i kronor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Här följer du beläggningen mot budget och mot förra året.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Här följer du nyckeltal och indikatorer med mål och utfall.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Här för du åtgärdsplanen mot årets åtgärdskrav.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Här jämför du budget och utfall i kronor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Här planerar du schemat mot budget i timmar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Här ser du de registrerade timmarna dag för dag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In- och utflyttningar per lägenhet, eller belagda platser per dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indikatorer med Kolada-id och bedömning: Ej uppfyllt … Helt uppfyllt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intäkter, personalkostnader, lokalhyror, köp av tjänster och övriga kostnader per månad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nyckeltal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nytt schema från ett visst datum, utan att det gamla försvinner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ordinarie, resurspass, vikarie, mertid, övertid och inhyrd personal per dag och vecka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planerade timmar mot budget i timmar redan innan perioden börjar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rullande schema (t.ex. sex veckor) med passkoder, raster och resurspass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samma period förra året som jämförelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sjukfrånvaro och andel timavlönade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status och uppföljning av varje åtgärd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summa och gap mot åtgärdskravet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Utfall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Utförandegrad, bomtid och avböjda besök (hemtjänst och boendestöd)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Var resurspassen placerades: egen enhet, annan enhet eller ej placerade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Varje åtgärd med beskrivning, effekt i år och helårseffekt i tkr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åtgärder</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>