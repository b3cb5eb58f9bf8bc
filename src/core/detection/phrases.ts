/**
 * The phrase table of restore-request detection, German and English, as data. Patterns are written
 * against folded text (lower case, ä→ae, ö→oe, ü→ue, ß→ss; see fold-text.ts) and are matched within
 * one sentence. Each group has a role in the decision (detect-request.ts):
 *
 *   a sentence is a request when it has a RESTORE action and a REQUEST marker (or is a restore
 *   request noun phrase), and is not an INFO question, HYPOTHETICAL, CONFIRMATION, NEGATED or about
 *   ACCOUNTS; a LOSS report plus a plea for help is a request too; a later CANCEL withdraws it.
 *
 * Destructive groups (R-011, BCP-5.9) are verbs × backup-side objects, in both word orders.
 */

/**
 * The roles a phrase group plays, each with its number (a sentence keeps its hits in an array by
 * these numbers; a literal object, so `ROLE_SLOTS['restore-action']` is a plain property read).
 */
export const ROLE_SLOTS = {
  'restore-action': 0,
  'restore-request-noun': 1,
  'request-marker': 2,
  loss: 3,
  help: 4,
  'info-question': 5,
  hypothetical: 6,
  confirmation: 7,
  cancel: 8,
  negation: 9,
  'not-a-restore': 10,
  destructive: 11,
  'out-of-office': 12,
  'job-report': 13,
  newsletter: 14,
  'service-notice': 15,
  'automated-notice': 16,
  marketing: 17,
  'delete-pronoun': 18,
  'do-it': 19,
  'backup-mention': 20,
  disclaimer: 21,
  instruction: 22,
  increase: 23,
  invoice: 24,
} as const;
export type PhraseRole = keyof typeof ROLE_SLOTS;

export interface PhraseGroup {
  id: string;
  role: PhraseRole;
  /** What a person reads in the signal ("restore action", "loss report"). */
  label: string;
  patterns: string[];
}

/** Fragments reused by several groups. */
const W = "[\\w'-]+"; // one word
const GAP = (n: number) => `(?:\\S+\\s+){0,${n}}`; // up to n words (paths, numbers and brackets included)
/** What holds data and can be found empty: "der Ordner ist leer", "ist mein Postfach leer". */
const DATA_HOLDER =
  '(?:\\w*ordner|\\w*postfach|posteingang|\\w*laufwerk|\\w*verzeichnis|kalender|freigabe|\\w*datei|tabelle|liste|festplatte|share|papierkorb|kontakte|\\w*datenbank)';
const WEEKDAY =
  '(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
export const FRAGMENTS = { W, GAP, WEEKDAY };

const BACKUP_OBJECT =
  '(?:backups?|(?:alte[nr]? |aeltere[nr]? |taegliche[nr]? )?(?:sicherungs)?staende|backup-?(?:kopien|copies|daten|data|dateien|files|chains?|ketten?|jobs?|sets?|archive?s?)|(?:daten)?sicherung(?:en|skopien|sdaten|ssaetze|ssatz|sstaende)?|restore[- ]?points?|wiederherstellungspunkte?|snapshots?|repositor(?:y|ies)|repos?|buckets?|object[- ]?stor(?:age|e)|offsite[- ]?(?:kopien|copies|backups?)|copy[- ]?jobs?|kopierjobs?|vbk|vib|backup[- ]?storage|backup[- ]?server)';
/** After a backup word: a tool or mail about backups ("the backup portal"), not the backups themselves. */
const NOT_A_BACKUP =
  '(?![- ](?:self-service[- ])?(?:portal|console|konsole|reports?|berichte?|notifications?|benachrichtigung\\w*|verteiler|mailing|agent|software|client|lizenz\\w*|licen[cs]es?|login|user|benutzer|monitoring)\\b)';
const DELETE_VERB =
  '(?:delete|remove|purge|wipe|erase|destroy|drop|get rid of|clean up|clear out|empty|loeschen|zu loeschen|loescht|loesche|loesch|ausduennen|auszuduennen|wegraeumen|wegzuraeumen|prune|thin out|entfernen|entfernt|entferne|bereinigen|vernichten|leeren|platt ?machen|aufloesen|geloescht werden|entfernt werden|vernichtet werden)';
const STOP_VERB =
  '(?:stop|disable|pause|suspend|cancel|deactivate|turn off|switch off|stoppen|stoppt|deaktivieren|deaktiviert|pausieren|einstellen|abschalten|ausschalten|aussetzen|anhalten|abbestellen)';
const RETENTION =
  '(?:retention(?: period| policy| time| settings?)?|aufbewahrung(?:sfrist|szeit|sdauer|srichtlinie)?|vorhalte(?:zeit|dauer|frist)|speicherdauer|restore points? to keep|anzahl (?:der )?wiederherstellungspunkte)';
const REDUCE_VERB =
  '(?:shorten|reduce|lower|decrease|cut|minimi[sz]e|verkuerz\\w*|reduzier\\w*|senk\\w*|herabsetz\\w*|kuerz\\w*|minimier\\w*)';
const NUMBER_WORD =
  '(?:\\d+|one|two|three|four|five|seven|ten|fourteen|zero|null|einen?|zwei|drei|vier|fuenf|sieben|zehn|vierzehn)';
const SHORT_VALUE = `(?:to|auf|=|:) ?${NUMBER_WORD} ?(?:days?|tage?n?|restore points?|wiederherstellungspunkte?n?|versions?|versionen|sicherungen|backups)`;
const IMMUTABILITY =
  '(?:immutab\\w*|object[- ]?lock|objektsperre|unveraenderlich\\w*|unveraenderbar\\w*|worm(?:-schutz)?|governance[- ]mode|compliance[- ]mode|legal hold|haertung|hardened repository|gehaertete\\w* repository)';
const UNLOCK_VERB =
  '(?:disable|switch off|turn off|deactivate|remove|suspend|pause|lift|loosen|relax|lockern|lockert|abschwaechen|drop|bypass|unlock|pausieren|pausiere|aussetzen|abschalten|ausschalten|deaktivieren|deaktiviert|aufheben|entfernen|abstellen|umgehen|ausnahme)';

const RESTORE_VERB = '(?:restore|recover|undelete|retrieve|reinstate|revert|roll ?back|salvage|resurrect)';

export const PHRASES: PhraseGroup[] = [
  // --- restore actions: the verbs (and verb phrases) of bringing data back ---------------------------
  {
    id: 'restore-verb-en',
    role: 'restore-action',
    label: 'restore action',
    patterns: [
      // not the noun ("the restore", "for the restore": the words before it are read after the verb,
      // so the group starts with a word boundary and is scanned fast — see groupExpression) and not
      // "restore point/job/test"
      `\\b(?<!-)${RESTORE_VERB}(?<!(?:the|a|an|this|that|your|our|for|of|after|before|with|per|each|every|last|next|first|successful|quick|fast|test|full|server|mailbox|file|database|vm|annual|yearly|quarterly|monthly|weekly|no|any|backup and|backup &|time to|how to) ${RESTORE_VERB})(?![ -]?(?:points?|jobs?|sessions?|tests?|reports?|process|operations?|times?|requests?|procedures?|fees?|costs?|options?|plans?|drills?|keys?|codes?|mode|point|services?|work|charges?|invoices?|positions?|items?|hours?|capabilit\\w*|strateg\\w*|solutions?|software|products?|tools?|features?|functions?|settings?|configurations?|polic\\w*|windows?|objectives?|targets?|punkte?))\\b`,
      `\\b(?:roll|revert|reset|set|put) ${GAP(5)}back\\b`,
      '\\b(?:roll ?back|revert|reset) (?:it |them |this |that |the \\w+ )?to\\b',
      `\\b(?:bring|get|have|want|need|take|put|pull) ${GAP(5)}back\\b(?! (?:to (?:you|me|us|him|her|them)|in touch|on track))`,
      // "need the used car stock spreadsheet from friday back" — not "need you to call me back"
      `\\b(?:need|want)(?: (?!(?:call|ring|phone|text|write|e-?mail|mail|get|come|go|be|pay|send|hear)\\b)[^\\s,;:!?]*[^\\s,;:.!?]){6,9} back\\b(?!-| (?:to (?:you|me|us|him|her|them)|in touch|on track|from|home|in the office))`,
      `\\b(?:need|want|have|get|like|be|being|would like) ${GAP(6)}(?:restored|recovered|rolled back|reverted|undeleted|brought back)\\b`,
      '\\b(?:restored|recovered),? (?:please|pls|asap)\\b',
      // "dig the exports out of the backup", "salvage everything from the last clean backup"
      `\\b(?:from|out of) (?:the |a |your |our |my )?(?:[a-z']+ ){0,2}?(?:backups?|snapshots?)\\b${NOT_A_BACKUP}`,
      '\\bbring (?:\\S+ ){0,4}back to life\\b',
      // "the PST from before the migration", and typed in a hurry
      '\\bfrom before (?:the |my |our |his |her |their )?\\w+',
      '\\b(?:recovr|recvoer|recoever|reocver|restor|resotre|retsore|restroe|rstore|restoer)\\b',
      // "could you undo whatever happened to the share", "get it again like it was before"
      '\\bundo\\b',
      `\\b(?:get|have|bring|make) ${GAP(4)}(?:again )?(?:like|as) it was\\b`,
      `\\b(?:get|have|bring) (?:it|them|this|that|the \\w+) again\\b`,
      '\\b(?:the )?(?:old|older|previous|earlier) (?:one|file|copy|version)s? from\\b',
      `\\b(?:pull|take|fetch|get|grab|copy|export|extract|send|give|provide) ${GAP(6)}(?:from|out of) (?:the |a |your |our |last night'?s |yesterday'?s |last week'?s |${WEEKDAY}'?s |the (?:latest|last|most recent) )?(?:backups?|snapshots?|veeam)\\b`,
      `\\b(?:previous|older|earlier|last (?:good|known)) (?:version|state|copy|snapshot)\\b`,
      `\\b(?:yesterday|today|this morning|last night|last week|last month|(?:last )?${WEEKDAY})'?s (?:version|state|copy|file|one)\\b`,
      `\\b(?:version|copy|state|snapshot)s? ${GAP(6)}(?:from|as of|as at|dated) (?:the |last |this )?(?:yesterday|today|morning|night|week|${WEEKDAY}|\\d)`,
      `\\b(?:a|the) (?:full |quick |complete |partial )?(?:restore|recovery) of\\b`,
    ],
  },
  {
    id: 'restore-verb-de',
    role: 'restore-action',
    label: 'restore action',
    patterns: [
      '\\bwiederherstellen\\b',
      '\\bwieder ?herzustellen\\b',
      '\\bwieder herstellen\\b',
      `\\bstell(?:en|e|t|st)? ${GAP(20)}wieder ?her\\b`,
      `\\bwieder ?hergestellt (?:werden|haben|bekommen|bekaemen|kriegen)\\b`,
      '\\b(?:zu)?rueck(?:zu)?(?:sichern|spielen|holen|setzen|bringen|rollen|spielung)\\b',
      '\\bzurueck ?(?:zu )?(?:sichern|spielen|holen|setzen|bringen|rollen)\\b',
      '\\bzurueckgesichert werden\\b',
      `\\b(?:zurueck ?(?:gesetzt|gespielt|geholt|gesichert|gerollt)) (?:werden|haben)\\b`,
      `\\b(?:hol|spiel|setz|bring|roll|sicher)(?:en|e|t|st|n)? ${GAP(20)}zurueck\\b`,
      // "wieder auferstehen lassen", "zurückzaubern", "die Datei retten"
      '\\b(?:wieder )?(?:auferstehen|aufleben) lassen\\b|\\bzurueck ?(?:zu)?zaubern\\b|\\b(?:rette|retten|rettet)\\b',
      // "alles von gestern zurück bitte"
      `\\b(?:von|vom|stand|auf) (?:gestern|vorgestern|heute|letzter|letzten|vorletzter|vorletzten|${WEEKDAY}|\\d)\\w* (?:[^\\s,;.!?]+\\s+){0,3}zurueck\\b`,
      // typed in a hurry
      '\\b(?:wiederherstelen|wiederherstllen|wiederhestellen|wiederherstelln|widerherstellen|wiederherstelen|wiederhertsellen|zuruckspielen|zurueckspieln|ruecksichern|rucksichern)\\b',
      // "Können Sie die von letzter Woche holen?"
      `\\b(?:von|vom|aus) (?:letzter|letzten|vorletzter|vorletzten|gestern|vorgestern|heute|${WEEKDAY}|\\d)\\w* (?:[^\\s,;.!?]+\\s+){0,3}(?:holen|zurueckholen|wiederholen|bringen|einspielen|zurueckspielen|haben|bekommen|kriegen)\\b`,
      // "Kriegen Sie die wieder?", "bekommen wir den Ordner zurück?"
      `\\b(?:krieg|bekomm)(?:en|e|t|st)? (?:sie|du|ihr|wir|ich) ${GAP(6)}(?:wieder|zurueck)\\b`,
      // "die Daten von gestern wieder drauf spielen", "wieder aufspielen"
      `\\bwieder ${GAP(3)}(?:drauf|rauf|auf|rueber)(?: ?zu)? ?spiel(?:en|t)\\b`,
      // "auf den Stand vom Montag": a point in time to go back to
      `\\bauf (?:den|einen) ${GAP(2)}stand (?:von|vom|des|der|am|vor)\\b`,
      `\\b(?:brauche|brauchen|braeuchte|braeuchten|benoetige|benoetigen|haette|haetten|moechte|moechten|will|wollen) ${GAP(8)}(?:zurueck|wieder)\\b`,
      // "ich brauche die drei Ordner aus der Liste im Anhang mit Stand Montag 16.11. abends zurück"
      `\\b(?:brauche|brauchen|braeuchte|braeuchten|benoetige|benoetigen) ${GAP(16)}zurueck\\b`,
      '\\b(?:einspielen|einzuspielen|einspielung)\\b',
      '\\b(?:eine?|die) (?:komplette |vollstaendige |schnelle |kurze )?(?:wiederherstellung|ruecksicherung|zuruecksicherung) (?:des|der|von|vom|fuer|unseres|unserer|meines|meiner|aller|eines|einer)\\b',
      `\\b(?:version|fassung|stand|zustand|kopie) ${GAP(4)}(?:von|vom|mit stand) (?:gestern|vorgestern|heute|letzte\\w*|${WEEKDAY}|\\d)`,
      // "der Stand von vor dem Update", "den Zustand der VM von gestern Abend herstellen"
      '\\b(?:stand|zustand|version|fassung) (?:von |vom )?vor (?:dem|der|den) \\w+',
      `\\b(?:zustand|stand) ${GAP(8)}(?:her|wieder ?her)stellen\\b`,
      // "aus der letzten Sicherung", "von der gestrigen Datensicherung"
      `\\b(?:aus|von) (?:dem |der |einem |einer |unserem |unserer |ihrem |ihrer )?(?:[a-z]+[- ]){0,2}?(?:backup|sicherung|datensicherung|snapshot)s?\\b`,
      '\\b(?:vorherige|vorige|aeltere|alte|letzte funktionierende|fruehere)n? (?:version|stand|fassung)\\b',
      `\\b(?:stand|zustand|version) (?:von|vom|von vor) ${GAP(3)}(?:gestern|vorgestern|heute|${WEEKDAY}|\\d)`,
      // a terse answer to the operator's question: "Stand Dienstag 17 Uhr bitte"
      `^\\b(?:den |die |der )?(?:stand|zustand|version|fassung) (?:von |vom )?(?:gestern|vorgestern|heute|letzte\\w*|${WEEKDAY}|\\d)`,
      // "benötige ich die Gästedatenbank aus dem Backup wiederhergestellt"
      `\\b(?:brauche|brauchen|benoetige|benoetigen|braeuchte|braeuchten|haette|haetten|moechte|moechten) ${GAP(10)}(?:wiederhergestellt|zurueckgesichert|zurueckgespielt|zurueckgeholt)\\b`,
      // the separable "spielen … ein" with the object between: "spielen Sie die Sicherung von gestern ein"
      `\\bspiel(?:en|e|t|st)? ${GAP(12)}ein\\b(?=[.!?,;]|$)`,
      // the separable "holen … wieder" at the clause's end: "holen Sie uns den Ordner vom Stand Samstag wieder"
      `\\bhol(?:en|e|t|st)? ${GAP(12)}wieder\\b(?=[.!?,;]|$)`,
      // "vom Stand Samstag", "vom Stand gestern 18 Uhr"
      `\\b(?:vom|den|auf den) stand (?:von |vom )?(?:gestern|vorgestern|heute|letzte\\w*|${WEEKDAY}|\\d)`,
      // "geht das wieder rückgängig?"
      '\\b(?:rueckgaengig|ungeschehen)\\b',
    ],
  },
  {
    id: 'restore-request-noun',
    role: 'restore-request-noun',
    label: 'restore request',
    patterns: [
      `\\b(?:bitte|bitten|bittet|ersuche|ersuchen) ${GAP(3)}um (?:(?:eine|die|der|den|kurze|schnelle|umgehende|baldige|dringende|zeitnahe|sofortige|komplette|vollstaendige)n? ){0,2}(?:wiederherstellung|ruecksicherung|zuruecksicherung|wiederherstellen|ruecksichern)\\b`,
      '\\b(?:anfrage|auftrag|antrag|request|bitte)\\s*:\\s*(?:wiederherstellung|ruecksicherung|zuruecksicherung|restore|recovery)\\b',
      // the passive of an office: "In der o. g. Angelegenheit wird um Wiederherstellung folgender Daten gebeten"
      `\\bum (?:die |eine )?(?:(?:\\w+)?wiederherstellung|(?:\\w+)?ruecksicherung) ${GAP(6)}gebeten\\b`,
      '^\\b(?:bitte|dringend|urgent|please)[:!,]? (?:um )?(?:eine |die |a )?(?:schnelle |dringende |quick |urgent )?(?:wiederherstellung|ruecksicherung|zuruecksicherung|restore|recovery)\\b',
      `\\b(?:beauftrage|beauftragen|beauftragt|auftrag|beauftragung) ${GAP(6)}(?:wiederherstellung|ruecksicherung|zuruecksicherung)\\b`,
      '\\b(?:restore|recovery|wiederherstellungs|ruecksicherungs)[- ]?(?:request|anfrage|auftrag|wunsch|ticket)\\b',
      // typed in a hurry, with a request word: "Rücksicherrung bitte"
      '\\b(?:ruecksicherrung|rucksicherung|wiederherstelung|widerherstellung|wiederherstllung)\\b',
      '\\b(?:anfrage|auftrag|antrag) (?:zur|auf|fuer (?:eine )?) ?(?:wiederherstellung|ruecksicherung)\\b',
      `\\b(?:need|needs|needed|require|requires|request|requesting|requested|want) (?:a |an |the )?(?:urgent |quick |full |partial )?(?:restore|recovery|rollback|roll-back)\\b`,
      `\\b(?:do|perform|run|start|carry out|initiate|trigger|kick off|schedule) (?:a |an |the )?(?:urgent |quick |full |partial |point-in-time )?(?:restore|recovery|rollback)\\b`,
      `\\b(?:brauchen|benoetigen|braeuchten|brauche|benoetige|braeuchte) ${GAP(5)}(?:wiederherstellung|ruecksicherung|zuruecksicherung)\\b`,
      `\\b(?:wiederherstellung|ruecksicherung|zuruecksicherung) ${GAP(8)}(?:durchfuehren|anstossen|veranlassen|vornehmen|starten|machen|einleiten|erledigen)\\b`,
      `\\b(?:fuehr|stoss|leit|nehm)(?:en|e|t|st)? ${GAP(10)}(?:wiederherstellung|ruecksicherung|zuruecksicherung) ${GAP(10)}(?:durch|an|ein|vor)\\b`,
      `\\b(?:wiederherstellung|ruecksicherung) (?:des|der|von|vom|unseres|unserer|meines|meiner) ${GAP(6)}(?:bitte|erbeten|benoetigt|erforderlich|noetig|dringend)\\b`,
      '\\b(?:wie (?:beim )?letzte[ns]? mal|same as last time|like last time)\\b(?! (?:besprochen|vereinbart|discussed|agreed))',
    ],
  },
  // --- markers that a sentence asks for something ------------------------------------------------------
  {
    id: 'request-marker',
    role: 'request-marker',
    label: 'request',
    patterns: [
      "\\b(?:ask(?:ed)? (?:you|me) to|asked me to (?:\\S+ ){0,3}ask|cna (?:u|you)|can yu|could yu|would you mind|is it (?:\\w+ )?possible|go ahead|please proceed|yes please|please do|please go ahead|please|pls|plz|thx|kindly|could you|can you|can u|could u|would u|would you|will you|could we|can we|could i|can i|may i|would it be possible|is it possible|is there (?:any|a) (?:way|chance)|any chance|we need|i need|we'd need|we would need|need you to|we'd like|we would like|i'd like|i would like|we want|i want|we require|we must|requesting|need|appreciate|grateful|if you could|would be (?:great|good|nice|helpful|(?:much )?appreciated)|we'?re asking|i'?m asking|urgently need|asap|as soon as possible)\\b",
      `\\b(?:bittet darum|bitten darum|laesst (?:sie )?(?:fragen|ausrichten)|(?:fragen|fragt), ob sie|ob sie ${GAP(12)}(?:koennen|koennten)|(?:brauche|benoetige|braeuchte|bräuchte) (?:ich|wir)|ja bitte|bitte so umsetzen|bitte umsetzen|bitte durchfuehren|bitte erledigen|bitte|bitteee?|bittet sie|bitten sie|bitten wir sie|ersucht|kannste|koennt ihr|koennten sie|koennen sie|koennten wir|koennen wir|duerften wir|kriegen sie|bekommen sie|kriegst du|koenntet ihr|koennt ihr|koenntest du|kannst du|wuerden sie|wuerdest du|waere es moeglich|ist es moeglich|gibt es eine moeglichkeit|wir brauchen|ich brauche|wir braeuchten|ich braeuchte|wir benoetigen|ich benoetige|wir haetten gerne?|ich haette gerne?|wir moechten|ich moechte|wir wuerden gerne|ich wuerde gerne|muss|muesste|muessen|muessten|sollte|sollten|soll|sollen|schnellstmoeglich|dringend|umgehend|ich bitte|wir bitten|waere (?:super|toll|nett|schoen|gut|klasse|prima|hilfreich)|(?:ihr|sie|du) ${GAP(8)}(?:koenntet|koennten|koenntest))\\b`,
      // an imperative opening the sentence: "Restore …", "Stellen Sie …"
      '^\\b(?:restore|recover|roll back|revert|undelete|retrieve|bring back|get back)\\b',
      '^\\b(?:stellen|holen|spielen|setzen|sichern|bringen) (?:sie|du|ihr)\\b',
      // the terse mobile form: "Brauche sofort die Datenbank von gestern", "Need the deck back"
      '^\\b(?:brauche|brauchen|benoetige|benoetigen|need|needed)\\b',
      // a service desk's ticket: "Action requested: recover the folder …"
      '\\b(?:action requested|requested action|request(?:ed)? action|erbetene (?:aktion|massnahme)|auftrag)\\s*:',
    ],
  },
  {
    id: 'help',
    role: 'help',
    label: 'plea for help',
    patterns: [
      '\\b(?:help|helfen|hilfe|save us|rette|retten|what can (?:we|i|you) do|was (?:koennen|kann) (?:wir|ich|man) (?:tun|machen)|is there (?:still )?a (?:backup|copy|version)|gibt\\x27?s? (?:es )?(?:da )?(?:noch )?(?:ein|eine) (?:backup|sicherung|kopie|version)|do you have a backup|haben sie (?:ein|noch ein) (?:backup|sicherung)|from (?:the |a )?backup|aus (?:dem|der) (?:backup|sicherung))\\b',
    ],
  },
  // --- something was lost ------------------------------------------------------------------------------
  {
    id: 'loss',
    role: 'loss',
    label: 'loss report',
    patterns: [
      '\\b(?:accidentally|by mistake|by accident|mistakenly|inadvertently|unintentionally|versehentlich|aus ?versehen|unabsichtlich|irrtuemlich(?:erweise)?|faelschlicherweise)\\b',
      `\\b(?:has|have|was|were|got|been|had|is|are) ${GAP(2)}(?:deleted|overwritten|removed|lost|corrupted|encrypted|wiped|damaged|destroyed|erased|purged)\\b`,
      `\\b(?:deleted|overwrote|overwritten|lost|wiped|erased) (?:the|our|my|a|an|all|some|several|his|her|their|two|three) \\b`,
      `\\b(?:is|are|went|has gone|have gone) (?:now )?(?:gone|missing|empty|corrupt(?:ed)?|broken|unreadable)\\b`,
      "\\b(?:by error|(?:is|are|was|were|has|have) (?:disappear|vanish|erase|delete|lost)|disappeared|vanished|can'?t (?:find|open|access)|cannot (?:find|open|access)|no longer (?:there|opens?|accessible))\\b",
      // "leer" only with something that holds data: "dann ist das Büro schon leer" reports nothing
      `\\b(?:ist|sind|war|waren) ${GAP(4)}${DATA_HOLDER}\\w* ${GAP(3)}leer\\b|\\b${DATA_HOLDER}\\w* ${GAP(4)}(?:ist|sind|war|waren) ${GAP(3)}leer\\b`,
      `\\b(?:ist|sind|wurde|wurden|war|waren|hat|haben|habe) ${GAP(7)}(?:weg|verschwunden|kaputt|beschaedigt|defekt|geloescht|geleert|ueberschrieben|verschluesselt|verloren|zerschossen|korrupt|unbrauchbar|abhanden gekommen)\\b`,
      '\\b(?:geloescht|ueberschrieben|verschluesselt|verloren gegangen|abhanden gekommen|abhandengekommen|geleert|fehlt|fehlen|futsch|nicht mehr (?:oeffnen|auffindbar|da|vorhanden|lesbar|zu finden)|laesst sich nicht (?:mehr )?oeffnen)\\b',
      // ransomware that hit us, not ransomware as a topic ("after the ransomware case at a friend's office")
      `\\b(?:ransomware|trojaner|verschluesselungstrojaner|crypto ?locker|malware|virus)\\w* ${GAP(4)}(?:hat|haben|has|have|is|auf (?:dem|unserem|allen)|on (?:the|our|all)|bei uns|at our|in our|encrypted|verschluesselt|befallen|infected|hit|erwischt)\\b`,
      `\\b(?:hit|befallen|infected|attacked|angegriffen|erwischt|infiziert|getroffen) ${GAP(3)}(?:ransomware|trojaner|verschluesselungstrojaner|virus|malware|crypto ?locker)\\b`,
      '\\b(?:encrypted by|von einem virus|ransom note|erpresser(?:brief|nachricht)|\\.crypt\\b|readme_restore|how_to_decrypt)',
    ],
  },
  // --- what makes a restore sentence not a request -----------------------------------------------------
  {
    id: 'info-question',
    role: 'info-question',
    label: 'question about restores',
    patterns: [
      "\\b(?:(?:can|could) (?:i|we) (?:\\S+ ){0,6}(?:myself|ourselves)\\b|for (?:us|me|them|staff|users|people) to (?:\\S+ ){0,8}(?:ourselves|myself|themselves)\\b|description of|just wondering|confirm (?:\\S+ ){0,2}(?:that|whether|if)|(?:or|oder) (?:only|just|always|nur|immer) (?:nur |only )?(?:\\S+ )?(?:whole|entire|complete|ganze|komplette)|yes ?/ ?no|(?:who|wer) (?:\\S+ ){0,3}(?:could|can|may|koennte|kann|darf)\\b|protected (?:against|from)|gegen (?:\\w+ )?(?:loeschen|loeschung|verschluesselung|loeschungen)|geschuetzt|(?:or|oder) (?:would|do|does|must|will|muss|muessen|wuerde|wuerden|kann|koennen) (?:you|we|one|i|man|sie|wir|ich) (?:always|generally|only|immer|grundsaetzlich|nur)|(?:oder|or) (?:geht|klappt|funktioniert|works?|is|does) (?:das|es|that|it) (?:nur|auch|only|also)|(?:a|an) (?:\\w+ )?(?:quote|quotation|estimate|offer) (?:for|on)|quote for|pricing for|just (?:fyi|so you know|for your information)|fyi only|for your information only|(?:need|want|wanted|would like|like) to know|how (?:can|could|do|would|should) (?:i|we|users?|staff|employees|people)|for future reference|how often|how long|how much|how many|how fast|how quickly|how soon|how does|how do you|how would|how far back|what would|what does|what is the|what's the|which (?:backups?|versions?|data|restore)|what (?:are|is) (?:your|the) (?:options|process|procedure)|in general|generally|in principle|theoretically|hypothetically|out of (?:interest|curiosity)|just curious|for (?:our|the) (?:\\w+ )?(?:documentation|audit|records|iso|isms)|(?:would|will|do) you (?:\\S+ ){0,6}or (?:could|would|will|do) you|do you (?:offer|support|provide)|are you able to restore|is it generally possible|rto|rpo)\\b",
      '\\b(?:(?:^(?:muessen|muss|muessten|muesste|sollten|sollen|brauchen) (?:wir|ich)\\b[^?]*\\?$)|(?:^(?:and |so )?(?:do|should|must) (?:we|i) (?:(?:have|need|ought) to|ask)\\b[^?]*\\?$)|(?:kann|koennen) (?:ich|wir) (?:\\S+ ){0,6}(?:selbst|selber)\\b|oder muss (?:ich|wir)\\b|(?:(?:nach welchen|welche[nr]?) (?:fristen|regeln|kriterien)|beschreibung|bestaetigen (?:sie )?(?:\\S+ ){0,2}(?:dass|ob)|ja ?/ ?nein|(?:ganz )?allgemeine[nr]? frage|generelle[nr]? frage|(?:ein|einen) (?:\\w+ )?angebot|kostenvoranschlag|(?:preis|preise|preisliste) fuer|nur (?:zur|als) (?:info|information|kenntnis)|zur kenntnisnahme|(?:moechte|moechten|wollte|wollten|wuerde gerne|muss|muessen) (?:nur |gerne |erst )?(?:mal )?wissen|was wuerde|(?:was|wieviel|wie viel) (?:wuerde|wird|wuerden|kostet|kosten)|kosten (?:fuer|einer|eine|der|die)|wie lange|wie viel|wieviel|wie viele|wie schnell|wie funktioniert|wie laeuft|wie weit zurueck|was kostet|welche kosten|wie (?:kann|koennen|koennte|koennten) (?:ich|man|wir|mitarbeiter)|wie geht (?:das|man)|grundsaetzlich|prinzipiell|theoretisch|generell|allgemein|rein interessehalber|interessehalber|aus interesse|aus neugier|fuer (?:unsere|die) \\w*(?:dokumentation|unterlagen|audit|akten|iso)|bis zu welchem (?:datum|zeitpunkt|tag)|\\bob (?:\\S+ ){0,10}(?:moeglich|machbar) (?:ist|waere|sei)|bieten sie|unterstuetzen sie|wie oft|welche (?:backups|sicherungen|versionen|staende))\\b)',
    ],
  },
  {
    id: 'hypothetical',
    role: 'hypothetical',
    label: 'hypothetical',
    patterns: [
      '\\b(?:if we ever|should we ever|if (?:something|anything|that) (?:ever )?happens|in case (?:of|we|something)|in the event|suppose|supposing|imagine|what if|if .{0,40} ever)\\b',
      '\\b(?:falls (?:wir|mal|einmal|jemals|es)|im (?:fall|falle)(?:,| eines| einer| dass)|im (?:notfall|ernstfall|schadensfall|katastrophenfall)|wenn (?:wir )?(?:mal|einmal|jemals)|sollte(?:n)? (?:wir )?(?:mal|einmal|jemals)|angenommen|nehmen wir an|stellen sie sich vor)\\b',
      // someone else's incident: "after the ransomware case at a friend's office"
      "\\b(?:bei (?:einem|einer) (?:befreundeten|anderen|bekannten|kollegen|kollegin|kunden|nachbarn|freund\\w*)|at (?:a|another) (?:friend|colleague|neighbou?r|competitor|client|customer)'?s?(?! (?:meeting|appointment|visit|site|call|lunch))|in the news|in der presse|in den nachrichten)\\b",
      // an exercise: "Scenario: ransomware on the build farm", "Planspiel", "tabletop"
      '\\b(?:scenario|szenario|tabletop|table-top|planspiel|notfalluebung|dr (?:exercise|drill|test)|paper exercise|uebungsszenario)\\b',
      '\\b(?:rein )?hypothetisch|if (?:someone|somebody|an attacker|a hacker)|wenn jemand|falls jemand|what stops\\b',
      // "if they deleted our store by mistake, could we get it back from you?": a question about a case
      '^(?:\\S+ )?if (?:\\S+ ){1,4}(?:delete[sd]?|lose|loses|lost|overwrites?|overwrote|overwritten|removes?|removed|wipes?|wiped|encrypt\\w*)\\b[^?]*\\?$',
      // "their biggest fear is a compromised mailbox asking them to delete backups", "if our email is
      // compromised and someone asks you to delete the backups": a scenario, not a request
      '\\b(?:biggest|greatest|worst|main) (?:fear|nightmare|worry|concern)s?\\b|\\bworst[- ]case\\b|\\bif (?:\\S+ ){0,4}(?:is|gets|was|were|got|has been) (?:compromised|hacked|breached|taken over|kompromittiert|gehackt)\\b|\\bsomeone (?:asks|tells|requests|emails) (?:you|them|us) to\\b|\\bjemand (?:sie|euch|uns) (?:bittet|auffordert)\\b',
      // "lars can give you the details if something is missing": a condition, not a loss
      '\\b(?:if|in case) (?:something|anything|any of (?:it|this|that)) (?:is|are|seems|goes|gets) (?:missing|lost|unclear|wrong)\\b|\\b(?:falls|wenn) (?:etwas|was|irgendwas|irgendetwas) (?:fehlt|fehlen|unklar ist)\\b',
      '\\b(?:at|bei|in) (?:our|a|an|unserem|unserer|einem|einer) (?:supplier|customer|client|partner|competitor|lieferanten?|kunden|partnerfirma|mitbewerber)\\b(?! (?:meeting|appointment|visit|site|call|lunch|termin|besuch|gespraech))',
      '\\b(?:attackers?|angreifer|criminals?|kriminelle|hackers?|gangs?|erpresser|cybercriminals?)\\b',
      '\\b(?:the news (?:about|of)|(?:den|die) nachrichten (?:ueber|von)|what would happen (?:to|if|when|with)|was (?:wuerde|wuerde dann) (?:\\S+ )?passieren|was passierte,? wenn|was passiert (?:mit|wenn|bei)|what happens (?:to|if|when|with)|if (?:i|we|someone|somebody|anyone|one of us|(?:a|an|any|one of (?:the|our|my)) \\w+) (?:\\S+ ){0,3}(?:delete[sd]?|loses?|lost|overwrites?|overwrote|removes?|removed)|wenn (?:ich|wir|jemand|man|ein(?:e|er)? \\w+) (?:\\S+ ){0,9}(?:loesche|loeschen|loescht|ueberschreibe|ueberschreiben|ueberschreibt|verliere|verlieren|verliert))\\b',
    ],
  },
  {
    id: 'confirmation',
    role: 'confirmation',
    label: 'confirmation',
    patterns: [
      `\\b(?:restore|recovery|rollback|wiederherstellung|ruecksicherung)s? ${GAP(2)}(?:worked|work(?:s|ed) (?:fine|well|perfectly)|was successful|succeeded|completed|went (?:well|fine|through|smoothly)|is done|hat (?:gut |prima |super )?(?:geklappt|funktioniert)|war erfolgreich|ist (?:erledigt|abgeschlossen))\\b`,
      `\\b(?:thanks?|thank you|many thanks|vielen dank|danke|herzlichen dank|besten dank)(?: you)?(?: so much| very much| a lot| nochmals| schoen)? (?:for|fuer) (?:the |your |die |ihre |deine |eure )?(?:quick |fast |swift |prompt |schnelle |rasche |zuegige |prompte )?(?:restore|recovery|help|support|restoring|recovering|wiederherstellung|ruecksicherung|hilfe|unterstuetzung)\\b`,
      `\\b(?:has|have|was|were|is|are) (?:been |now |all )*(?:successfully )?(?:restored|recovered|rolled back|back)\\b(?! (?:to|from|as|by|before|if))`,
      `\\b(?:ist|sind|wurde|wurden|war|waren|hat|haben) (?:jetzt |nun |wieder |alle |alles |erfolgreich |komplett |vollstaendig )*(?:wieder da|wiederhergestellt|zurueck|vorhanden|verfuegbar|zurueckgesichert)\\b(?! (?:werden|haben|bekommen|muessen|sollen))`,
      '\\b(?:it worked|that worked|works again|working again|all (?:good|set) now|everything is back|all (?:files|data|emails|mails) (?:are )?back|problem solved|hat geklappt|hat funktioniert|funktioniert wieder|alles wieder da|alles (?:ist )?wieder (?:da|ok|in ordnung)|problem geloest|hat sich geloest)\\b',
      '\\b(?:managed to|were able to|was able to) (?:\\S+ ){0,2}(?:recover|restore|retrieve|get) |\\b(?:recovered|restored|retrieved|found|got) (?:\\S+ ){0,3}(?:ourselves|myself|themselves)\\b|\\b(?:selbst|selber) (?:\\S+ ){0,4}(?:wiederhergestellt|zurueckgeholt|zurueckgespielt|gefunden|geholt)\\b',
      // a past restore told as a story or a complaint: "the restore on Monday took until Tuesday noon"
      `\\b(?:wiederherstellung|ruecksicherung|restore|recovery) ${GAP(10)}(?:hat|hatte|took|dauerte|lasted|was|war)\\b.{0,40}\\b(?:gedauert|dauerte|took|lasted|zu lange|too long|langsam|slow)\\b`,
      `\\btook (?:you|us|them|[a-z]+) ${GAP(4)}to (?:get|restore|recover|bring)\\b`,
    ],
  },
  {
    id: 'cancel',
    role: 'cancel',
    label: 'request withdrawn',
    patterns: [
      "\\b(?:not asking (?:you )?(?:to do anything|for anything)|false alarm|no action (?:is )?(?:needed|required)|nothing (?:has )?happened|(?:es )?ist (?:noch )?nichts passiert|not (?:asking|requesting) (?:you )?(?:for )?(?:a |an |any )?(?:restore|recovery)|nothing (?:needs|has|is) (?:to be )?(?:restor|recover)\\w*|no (?:restore|recovery) (?:is )?(?:needed|required|necessary)|no longer (?:needed|necessary|required)|not (?:needed|necessary|required) any ?more|(?:please )?(?:ignore|disregard|cancel) (?:my|the|our|this|that)|found (?:it|them|the (?:file|folder|mail|email|document)s?)|never ?mind|no need to (?:restore|recover|do)(?! (?:\\S+ ){0,2}(?:onto|into|on|to|in) (?:our|the|your|a|my|its) )|(?:don'?t|do not) (?:need (?:it|them|this|that|a restore|the restore|any restore|anything)\\b|(?:restore|recover)(?! (?:to|into|onto|over|on|in)\\b))|(?:call|called) (?:it|that) off)\\b",
      '\\b(?:fehlalarm|kein handlungsbedarf|keine (?:aktion|massnahme)n? (?:noetig|erforderlich)|(?:wiederherstellung|ruecksicherung) (?:brauchen|benoetigen) wir (?:\\S+ ){0,2}nicht|es geht nur um (?:das|ein|den|die) (?:angebot|info|information|frage|preis)|nichts (?:muss|ist) (?:\\S+ )?(?:wiederhergestellt|zurueckgesichert)|hat sich erledigt|hat sich geklaert|(?:ist|sind) nicht mehr (?:noetig|notwendig|erforderlich)|nicht mehr (?:noetig|notwendig|erforderlich|benoetigt|gebraucht)|bitte ignorieren|ignorieren sie|koennen sie ignorieren|stornieren|storniere|storno|(?:doch|wieder|selbst) gefunden|gefunden, danke|vergessen sie|brauchen (?:wir|sie) nicht mehr|doch nicht)\\b',
    ],
  },
  {
    id: 'negation',
    role: 'negation',
    label: 'negated',
    patterns: [
      "\\b(?:not asking|not a request|not requesting|nicht beauftragen|kein auftrag|don'?t|do not|doesn'?t|does not|didn'?t|did not|never|no need to|not necessary to|shouldn'?t|should not|cannot|can'?t|could not|couldn'?t|won'?t|will not|must not|isn'?t|aren'?t|not be)\\b(?! (?:find|open|access|work|see|start|boot|load|read))",
      `\\b(?:nichts|nix) ${GAP(2)}(?:loeschen|entfernen|wegwerfen|aendern)\\b`,
      '\\b(?:keinesfalls|auf keinen fall|unter keinen umstaenden|on no account|under no circumstances|by no means)\\b',
      // "nothing is broken, I just want to give them an honest number"
      '\\b(?:nothing|none of (?:it|them|our \\w+)) (?:is|was|has been|got|went) (?:broken|lost|missing|gone|deleted|wrong|damaged|encrypted)\\b|\\b(?:es )?ist (?:noch )?nichts (?:kaputt|weg|verloren|geloescht|beschaedigt|verschluesselt)\\b',
      '\\b(?:nicht (?:noetig|notwendig|erforderlich)|muss nicht|muessen nicht|keine? (?:wiederherstellung|ruecksicherung) (?:noetig|notwendig|erforderlich|benoetigt)|nicht geloescht werden|niemals|nie)\\b',
      '\\bnicht (?:\\S+ )?(?:durchfuehren|ausfuehren|starten|vornehmen|anstossen|loeschen|entfernen|aufraeumen|wegraeumen|ausduennen|deaktivieren|abschalten)\\b|\\b(?:do not|don\\x27t) (?:proceed|go ahead|carry (?:it )?out)\\b|\\bsoll(?:en|te)? (?:\\S+ ){0,2}nichts\\b|\\bnothing (?:\\S+ ){0,2}(?:should|is to|must|needs to) be (?:deleted|removed)\\b',
      '\\b(?:nicht (?:moeglich|verfuegbar)|not (?:be )?(?:possible|available)|no (?:actual|real) (?:restore|recovery))\\b',
      '\\bnicht (?:\\S+ )?(?:wiederherstellen|wieder ?herstellen|zurueckspielen|zurueckholen|zuruecksichern|einspielen|restoren|wieder her)\\b',
      `\\b(?:wiederherstellen|wieder ?herstellen|zurueckspielen|zurueckholen|zuruecksichern|einspielen|restoren) ${GAP(3)}(?:nichts|nix)\\b|\\bnothing (?:to|that needs to be) (?:restore|recover)`,
      // "wir brauchen keine Rücksicherung, bitte nichts zurückspielen", "no restore needed"
      `\\bkeine?n? (?:\\S+ )?(?:wiederherstellung|ruecksicherung|zuruecksicherung|restore|einspielung)\\b|\\b(?:nichts|nix) ${GAP(3)}(?:zurueck|wieder ?her|einspielen|einzuspielen|wiederherstellen)|\\bno (?:\\S+ )?(?:restore|recovery|rollback)s? (?:is )?(?:needed|required|necessary|wanted)\\b`,
      // "es fehlt ja nichts", "nothing is missing": a loss denied
      `\\b(?:fehlt|fehlen) ${GAP(3)}nichts\\b|\\bnichts ${GAP(2)}(?:fehlt|weg|verloren|geloescht|kaputt|beschaedigt|defekt)\\b|\\bnothing(?:'s| is| was| seems| appears)? (?:actually |really )?(?:to be )?(?:missing|lost|deleted|gone)\\b`,
    ],
  },
  {
    id: 'not-a-restore',
    role: 'not-a-restore',
    label: 'not about data',
    patterns: [
      `\\b(?:restore|recover|reset|regain|wiederherstell\\w*|zuruecksetz\\w*|zurueck ?setzen|reaktivier\\w*|entsperr\\w*) ${GAP(3)}(?:account|konto|access|zugang|zugriff|password|passwort|kennwort|login|log-?in|pin|mfa|2fa|sign-?in|anmeldung|subscription|abo|lizenz|license|service|dienst|connectivity|verbindung|power|strom|internet|vpn)\\b`,
      `\\b(?:account|konto|zugang|passwor[dt]|kennwort|login|pin|mfa|2fa|service|dienst|verbindung|connectivity|internet|vpn|strom|power)(?:e|en|es|n|s|er|ern|wort|woerter)?\\b(?! (?:ledger|statement|record|export|data|file|folder|spreadsheet|list|report|histor|transaction|auszu|daten|ordner|datei)\\w*) ${GAP(8)}(?:wiederherstell\\w*|zuruecksetz\\w*|zurueck ?setzen|restore[ds]?|recover(?:ed|y)?|reset|reaktivier\\w*|entsperr\\w*)\\b`,
      '\\b(?:recovery|wiederherstellungs)[- ]?(?:keys?|codes?|schluessel|e-?mail|phone|telefon|question|frage|partition|media|medium|drive|laufwerk)\\b',
      '\\b(?:werkseinstellung\\w*|standardeinstellung\\w*|auslieferungszustand|factory (?:settings|defaults|reset|state)|default settings|bitlocker|restore point created|wiederherstellungspunkt (?:wurde )?erstellt|surebackup|sure backup|instant recovery (?:test|session)|system restore)\\b',
    ],
  },
  // --- destructive requests (R-011, BCP-5.9): verbs × backup-side objects --------------------------------
  {
    id: 'destructive-delete',
    role: 'destructive',
    label: 'delete backups',
    patterns: [
      `\\b${DELETE_VERB}\\b ${GAP(8)}${BACKUP_OBJECT}\\b${NOT_A_BACKUP}`,
      `\\b${BACKUP_OBJECT}\\b ${GAP(12)}${DELETE_VERB}\\b`,
      // "can you clear out anything older than a week?": a purge by age is a retention cut
      `\\b${DELETE_VERB}\\b (?:anything|everything|all|alles|alle|die|the)(?: \\w+)? (?:older than|aelter als)\\b`,
      `\\b(?:free up|freigeben|platz schaffen|make room) ${GAP(4)}(?:on|in|auf|im) (?:the |our |dem |der |unserem |unserer )?(?:backup|sicherung)`,
      // "die Sicherungen … können Sie ausdünnen", "räumen Sie die alten Stände weg"
      `\\braeum\\w* ${GAP(8)}${BACKUP_OBJECT} ${GAP(4)}weg\\b`,
      // "alles, was älter ist, kann weg"
      '\\b(?:alles|alle|everything|anything)(?:,)? (?:was|die|that is|which is) (?:aelter|older)\\b.{0,30}\\b(?:kann|koennen|darf|duerfen|can|may) (?:weg|geloescht werden|go|be deleted)\\b',
      // "we need all existing backup copies purged by end of today"
      `\\b(?:need|needs|want|wants|would like|like|have|get)\\b ${GAP(4)}${BACKUP_OBJECT} ${GAP(8)}(?:deleted|removed|purged|wiped|erased|destroyed|cleared)\\b`,
    ],
  },
  // "… den Stand von heute früh zurückzuspielen. Ich bitte Sie, das zu veranlassen." — a restore verb
  // in one sentence and the request for it in the next (detect-request.ts reads the two together);
  // "s. Betreff": the subject is the request
  {
    id: 'do-it',
    role: 'do-it',
    label: 'request',
    patterns: [
      '\\b(?:das|dies|es|this|that|it)\\b (?:\\S+ ){0,3}(?:zu )?(?:veranlassen|erledigen|umsetzen|durchfuehren|anstossen|in die wege leiten)\\b',
      '\\b(?:do|handle|arrange|action|sort out|take care of) (?:this|that|it)\\b',
      '^\\b(?:s\\.|siehe|see|wie im|as per|per) (?:betreff|subject)\\b',
    ],
  },
  // "we don't need the backups of the old server any more. Could you delete all of them?" — the
  // object in the sentence before (detect-request.ts reads the two together)
  {
    id: 'delete-pronoun',
    role: 'delete-pronoun',
    label: 'delete backups',
    patterns: [
      `\\b${DELETE_VERB}\\b (?:\\S+ ){0,2}(?:them|those|these|all of them|sie|sie alle|diese|die alle|alle)\\b`,
      `\\b(?:sie|die|diese)(?: alle)? ${DELETE_VERB}\\b`,
    ],
  },
  {
    id: 'backup-mention',
    role: 'backup-mention',
    label: 'backups',
    patterns: [`\\b${BACKUP_OBJECT}\\b`],
  },
  {
    id: 'destructive-retention',
    role: 'destructive',
    label: 'shorten retention',
    patterns: [
      `\\b${REDUCE_VERB} ${GAP(8)}${RETENTION}\\b`,
      `\\b${RETENTION}\\b ${GAP(8)}(?:${REDUCE_VERB}|${SHORT_VALUE}|runter\\b|herunter\\b)`,
      `\\bkeep only (?:the last )?(?:1|one|2|two|3|three) (?:days?|restore points?|backups?)\\b`,
      `\\bnur (?:noch )?(?:1|einen|2|zwei|3|drei) (?:tag|tage|wiederherstellungspunkt\\w*|sicherung\\w*) (?:aufbewahren|vorhalten|behalten)\\b`,
      // "could you reduce how long you keep our backups to 14 days instead of 90?"
      `\\b${REDUCE_VERB} ${GAP(3)}how long (?:you |we )?(?:keep|store|retain|hold)\\b`,
      `\\bkeep (?:\\S+ ){0,3}(?:backups|copies|restore points) (?:for )?(?:only )?(?:\\d+|one|two|seven|fourteen) (?:days?|weeks?) (?:instead of|rather than)\\b`,
    ],
  },
  {
    id: 'destructive-immutability',
    role: 'destructive',
    label: 'switch off immutability / Object Lock',
    patterns: [
      `\\b${UNLOCK_VERB}\\w* ${GAP(8)}${IMMUTABILITY}`,
      // "die Objektsperre (Object Lock) auf unserem Sicherungsspeicher bis auf Weiteres zu deaktivieren"
      `\\b${IMMUTABILITY} ${GAP(10)}(?:${UNLOCK_VERB}|aus\\b|ab\\b|off\\b)`,
    ],
  },
  {
    id: 'destructive-stop-backups',
    role: 'destructive',
    label: 'stop backups',
    patterns: [
      `\\b${STOP_VERB} ${GAP(6)}(?:all |the |our |alle |die |unsere )?(?:backup[- ]?jobs?|backups|sicherungen|sicherungsjobs?|datensicherung(?:en)?|replication|replikation|copy jobs?)\\b`,
      `\\b(?:backup[- ]?jobs?|backups|sicherungen|sicherungsjobs?|datensicherung(?:en)?|replikation) ${GAP(6)}${STOP_VERB}\\b`,
    ],
  },
  // --- mail that is never a customer's request -----------------------------------------------------------
  {
    id: 'out-of-office',
    role: 'out-of-office',
    label: 'out-of-office reply',
    patterns: [
      '\\b(?:automatic reply|auto-?reply|autoreply|out of (?:the )?office|ooo|away from (?:the )?office|on (?:annual )?leave until|abwesenheitsnotiz|abwesenheit|automatische antwort|bin (?:ab dem|bis (?:zum|einschliesslich)))\\b',
    ],
  },
  {
    id: 'job-report',
    role: 'job-report',
    label: 'backup job report',
    patterns: [
      '^\\[(?:success|warning|failed|error|erfolg|warnung|fehler)\\]',
      // "Backup job: FS01" as a report writes it — not "please delete the backup job" in a person's sentence
      '^(?:agent )?(?:backup|backup copy|surebackup|replication) job\\b|\\b(?:backup|backup copy|surebackup|replication) job:',
      '\\b(?:restore session|job session|configuration backup|veeam backup (?:&|and) replication|processing (?:finished|completed)|job (?:finished|completed|ended) with|restore point (?:was )?created|session (?:finished|completed)|total size|backup size|data read|dedupe|compression)\\b',
    ],
  },
  {
    id: 'newsletter',
    role: 'newsletter',
    label: 'newsletter',
    patterns: [
      '\\b(?:click here|click the link|click below|follow (?:this|the) link|tap here|klicken sie hier|hier klicken|klicken sie auf den link|unsubscribe|abmelden|abbestellen|newsletter|view (?:this email |it )?in (?:your )?browser|im browser (?:anzeigen|ansehen)|webinar|sale|special offer|sonderangebot|rabatt|discount|register now|jetzt anmelden|try (?:it )?(?:for )?free|free trial|(?:with|in) (?:just )?(?:one|a single) click|mit (?:nur )?einem klick|kostenlos testen|jetzt testen|learn more|mehr erfahren|buy now|jetzt kaufen|limited time|nur fuer kurze zeit)\\b',
    ],
  },
  {
    id: 'marketing',
    role: 'marketing',
    label: 'sales or marketing mail',
    patterns: [
      // a cold sales mail: "Would you be open to a 15-minute call?", "our whitepaper", an opt-out line
      "\\b(?:would you be open to a (?:quick |short |brief )?(?:\\d+[- ]min(?:ute)?s? )?(?:call|chat|demo|conversation)|(?:send|share) (?:you )?our (?:\\S+ ){0,3}white ?paper|(?:don'?t|do not) want to hear from (?:me|us) again)\\b",
      '\\b(?:(?:\\d+|fuenfzehn|zwanzig|dreissig) minuten fuer (?:eine |einen )?(?:kurze |kurzen )?(?:demo|vorstellung|call|austausch)|(?:kurze|unverbindliche|kostenlose) (?:demo|produktvorstellung)|demo (?:vereinbaren|buchen)|book a (?:demo|call|meeting)|schedule a (?:quick )?(?:demo|call)|(?:\\d+|fifteen|twenty|thirty) minutes? for a (?:quick )?(?:demo|call|chat)|free (?:demo|consultation))\\b',
    ],
  },
  {
    id: 'automated-notice',
    role: 'automated-notice',
    label: 'automated notice',
    patterns: [
      '\\b(?:this (?:is an|is an automatically generated|message was) (?:automated|automatic|auto-generated|sent automatically)|this is an automated|automatically generated (?:message|e-?mail|notification)|do not reply(?! to (?:my|our|me|him|her|his|their|the office))(?: to this)?|please do not reply|dies ist eine automatisch|automatisch (?:erstellte|generierte|versendete) (?:nachricht|e-?mail|benachrichtigung)|bitte (?:antworten sie )?nicht (?:auf diese|antworten)|no-?reply)\\b',
      '\\b(?:antworten sie nicht auf diese|nicht ueberwachten? (?:e-?mail-?)?(?:adresse|postfach)|unmonitored (?:mailbox|address|e-?mail)|nachrichtencenter|message center|mc\\d{5,})\\b',
      // the footer of a subscription or service mail
      "\\b(?:you(?:'re| are) receiving this (?:e-?mail|message|notification|digest)|you received this (?:e-?mail|message|notification) because|sie erhalten diese (?:e-?mail|nachricht|benachrichtigung)|diese (?:e-?mail|nachricht) wurde automatisch)\\b",
    ],
  },
  {
    id: 'instruction',
    role: 'instruction',
    label: 'instructions, not a request',
    patterns: [
      '^\\b(?:to|in order to) (?:restore|recover|roll back|undelete|retrieve)\\b',
      `\\bum ${GAP(8)}(?:wieder ?herzustellen|zurueckzusetzen|zurueckzuholen|zurueckzuspielen)\\b`,
      '\\b(?:follow|see|refer to|read|check) (?:the |our |this )?(?:kb|knowledge ?base|article|guide|documentation|steps|instructions|user guide)\\b',
      '\\bkb\\d{3,}\\b',
      '\\byou can (?:\\S+ ){0,3}(?:restore|recover)\\b(?![^?]*\\?)|\\bsie koennen (?:\\S+ ){0,4}(?:wiederherstellen|zurueckholen)\\b(?![^?]*\\?)',
      // a link label in a notice: "Restore space: https://…"
      '\\b(?:restore|recover|wiederherstellen)\\b[^.]{0,30}:\\s*https?:',
    ],
  },
  {
    id: 'disclaimer',
    role: 'disclaimer',
    label: 'mail disclaimer',
    patterns: [
      '\\b(?:received (?:this|it) (?:e-?mail |message )?in error|intended (?:recipient|solely)|(?:is|are) (?:strictly )?confidential|confidentiality notice|nicht der (?:richtige|beabsichtigte) (?:adressat|empfaenger)|(?:irrtuemlich|versehentlich|faelschlicherweise) erhalten|vertrauliche informationen|unbefugte (?:weitergabe|nutzung)|pflichtangaben|handelsregister|geschaeftsfuehrer:|registergericht)\\b',
    ],
  },
  {
    id: 'retention-increase',
    role: 'increase',
    label: 'longer retention',
    patterns: [
      '\\b(?:increase|extend|lengthen|longer|raise|erhoeh\\w*|verlaenger\\w*|laenger|hoch ?setz\\w*)\\b',
    ],
  },
  {
    id: 'service-notice',
    role: 'service-notice',
    label: 'service notice',
    patterns: [
      '\\b(?:message center|microsoft 365 (?:admin|message|service)|service health|your (?:subscription|tenant|mailbox) (?:is|will|has)|ihr (?:abonnement|postfach|mandant) (?:ist|wird|hat)|scheduled maintenance|geplante wartung|wartungsarbeiten|maintenance window|wartungsfenster|incident (?:id|report)|stoerungsmeldung|mc\\d{5,})\\b',
    ],
  },
  {
    id: 'invoice',
    role: 'invoice',
    label: 'invoice',
    patterns: [
      '\\b(?:invoice|rechnung|rechnungsnummer|invoice number|amount due|zahlbar|payment due|zahlungsziel|ueberweisung|net (?:amount|total)|nettobetrag|gesamtbetrag|mwst)\\b',
      // VAT and USt only as an amount: "a VAT return workbook" is a customer's file, not an invoice
      '\\b(?:(?:zzgl|inkl|incl|excl|plus|including|excluding)\\.? (?:\\d+ ?% )?(?:vat|ust|umsatzsteuer)|(?:vat|ust)\\.? (?:\\d+ ?%|amount|total|betrag))',
    ],
  },
];

/**
 * Cheap pre-filters: a group's patterns run on a sentence only if one of these stems occurs in it
 * (every pattern of the group needs one of them to match). Keeps a decision within microseconds;
 * a group not listed always runs. A space in a stem is any word boundary (stem-scanner.ts): " back "
 * is the word "back", not the start of "backup"; the sentence's start and end are boundaries too.
 * A stem is chosen from the rarer part every pattern needs (the delete verb, not "sie").
 */
/** What every alternative of DELETE_VERB contains ("loesch" in "geloescht werden", "platt" in "plattmachen"). */
const DELETE_VERB_STEMS = [
  'delet',
  'remov',
  'purg',
  'wipe',
  'eras',
  'destroy',
  'drop',
  'get rid',
  'clean up',
  'clear out',
  'empty',
  'loesch',
  'ausduenn',
  'auszuduenn',
  'wegraeum',
  'wegzuraeum',
  'prune',
  'thin out',
  'entfern',
  'bereinig',
  'vernicht',
  'leer',
  'platt',
  'aufloes',
];

export const TRIGGERS: Record<string, readonly string[]> = {
  // "action this", "do it": the words, not "transaction" or "do" inside "done"
  'do-it': [
    'veranlass',
    'erledig',
    'umsetz',
    'durchfuehr',
    'anstoss',
    'in die wege',
    ' do ',
    ' handle ',
    ' arrange ',
    ' action ',
    'sort out',
    'take care',
    'betreff',
    'subject',
  ],
  // the delete verb every pattern has (rarer than the pronouns "sie", "alle", "them")
  'delete-pronoun': DELETE_VERB_STEMS,
  'backup-mention': [
    'backup',
    'sicherung',
    'restor',
    'wiederher',
    'snapshot',
    'repo',
    'bucket',
    'object',
    'offsite',
    'copy',
    'kopierjob',
    'vbk',
    'vib',
    'staende',
  ],
  marketing: [
    'open to',
    'whitepaper',
    'white paper',
    'hear from me',
    'minute',
    'demo',
    'produktvorstellung',
    'book a',
    'schedule a',
    'free ',
  ],
  'restore-verb-en': [
    'restor',
    'recover',
    'undelet',
    'retriev',
    'reinstat',
    'revert',
    'roll',
    'reset',
    // the word "back" ("get it back"), not the start of "backup"
    ' back ',
    'version',
    'state',
    'copy',
    'snapshot',
    'veeam',
    'undo',
    'again',
    'it was',
    ' old',
    'previous',
    'earlier',
    'pull',
    'before',
    'recov',
    'recvo',
    'reocv',
    'resot',
    'retso',
    'rstor',
    's file',
    's one',
    'salvag',
    'resurrect',
    // "from the backup", "out of last night's snapshot"
    ' from ',
    ' out of ',
    // typed in a hurry
    'restroe',
    'restoer',
    'recoever',
  ],
  'restore-verb-de': [
    'wieder',
    'rueck',
    'einspiel',
    'version',
    'fassung',
    'stand',
    'kopie',
    // "aus der letzten Sicherung", "von der gestrigen Datensicherung": the preposition, rarer than "backup"
    ' aus ',
    ' von ',
    'snapshot',
    'holen',
    'bringen',
    'haben',
    'bekommen',
    'kriegen',
    'zuruck',
    'rucksich',
    'widerher',
    'wiederhe',
    'zustand',
    'auferstehen',
    'aufleben',
    'zauber',
    'rett',
    'einzuspiel',
    'spiel',
    'rueckgaengig',
    'ungeschehen',
  ],
  'restore-request-noun': [
    'restor',
    'recover',
    'roll',
    'wiederher',
    'ruecksicher',
    'rucksich',
    'widerher',
    'wiederherst',
    'letzte',
    'last time',
  ],
  help: [
    'help',
    'helf',
    'hilfe',
    'save us',
    'rette',
    'what can',
    'was k',
    'is there',
    'gibt',
    'do you have',
    'haben sie',
    // "from the backup", "aus dem Backup": not every mention of a backup
    'from the backup',
    'from a backup',
    'from backup',
    'aus dem',
    'aus der',
  ],
  loss: [
    'accident',
    'mistake',
    'inadvertent',
    'unintention',
    'versehen',
    'unabsicht',
    'irrtuem',
    'faelschlich',
    'delet',
    'overwr',
    'remov',
    'lost',
    'corrupt',
    'encrypt',
    'wiped',
    'damag',
    'destroy',
    'erase',
    'purge',
    'gone',
    'missing',
    'empty',
    'broken',
    'unreadable',
    'disappear',
    'vanish',
    'find',
    'open',
    'access',
    'no longer',
    'weg',
    'verschwund',
    'leer',
    'kaputt',
    'beschaed',
    'defekt',
    'geloescht',
    'ueberschrieb',
    'verschluessel',
    'verlor',
    'zerschoss',
    'korrupt',
    'unbrauch',
    'abhanden',
    'fehl',
    'futsch',
    'nicht mehr',
    'laesst sich',
    'ransom',
    'trojan',
    'locker',
    'virus',
    'malware',
    'error',
    'crypt',
    'readme',
    'erpresser',
  ],
  'info-question': [
    'muesst',
    'themselves',
    'do we',
    'do i ',
    'should we',
    'should i ',
    'must we',
    'must i ',
    'how',
    'what',
    'which',
    'general',
    'principle',
    'theoretic',
    'hypothetic',
    'out of',
    'curious',
    'for our',
    'for the',
    'do you',
    'are you able',
    'rto',
    'rpo',
    'was wuerde',
    'kost',
    // "wie lange", "wie viel", "wieviel": not "wieder" or "wiederherstellung"
    'wie ',
    'wieviel',
    'grundsaetz',
    'prinzip',
    'theoret',
    'generell',
    'allgemein',
    'interesse',
    'neugier',
    'fuer unsere',
    'fuer die',
    'bieten sie',
    'unterstuetzen sie',
    'welche',
    'future',
    'know',
    'wissen',
    'fyi',
    'so you know',
    'for your information',
    'nur zur',
    'nur als',
    'kenntnis',
    'quot',
    'estimate',
    'offer',
    'pricing',
    'angebot',
    'kostenvoranschlag',
    'preis',
    'or would',
    'or do',
    'or does',
    'or must',
    'or will',
    'oder',
    'who',
    'wer',
    'protected',
    'gegen',
    'geschuetzt',
    'confirm',
    'only',
    'just',
    'always',
    'nur',
    'immer',
    'yes',
    'bestaetig',
    'ja',
    'allgemein',
    'generell',
    'wondering',
    'welche',
    'nach welchen',
    'beschreibung',
    'description',
    'muessen',
    'muss',
    'sollten',
    'sollen',
    'brauchen',
    'myself',
    'ourselves',
    'selbst',
    'selber',
    'oder muss',
    'dokumentation',
    'unterlagen',
    'bis zu welchem',
    // "ob … möglich ist" (not the "ob " of "job ")
    'moeglich',
    'machbar',
    'or could',
    'or would',
    'or will',
    'or do',
  ],
  hypothetical: [
    'fear',
    'nightmare',
    'worr',
    'concern',
    'worst',
    'someone',
    'jemand',
    ' if ',
    'ever',
    'in case',
    'in the event',
    'suppos',
    'imagine',
    'falls',
    'im fall',
    'notfall',
    'ernstfall',
    'schadensfall',
    'wenn',
    'sollte',
    'angenommen',
    'nehmen wir',
    'stellen sie sich',
    'bei ein',
    'at a',
    'at another',
    'in the news',
    'in der presse',
    'in den nachrichten',
    'scenario',
    'szenario',
    'tabletop',
    'table top',
    'planspiel',
    'notfalluebung',
    'dr ',
    'exercise',
    'uebungsszenario',
    'hypothetisch',
    'if some',
    'an attacker',
    'a hacker',
    'wenn jemand',
    'falls jemand',
    'what stops',
    'supplier',
    'customer',
    'client',
    'partner',
    'competitor',
    'lieferant',
    'kunden',
    'mitbewerber',
    'katastrophenfall',
    'attacker',
    'angreifer',
    'criminal',
    'kriminelle',
    'hacker',
    'gang',
    'erpresser',
    'was passiert',
    'what happens',
    'wenn ich',
    'wenn wir',
    'wenn ein',
  ],
  // what every pattern needs besides the restore noun ("worked", "war erfolgreich", "back" as a word),
  // so "Wiederherstellung" or "restore" alone does not run them
  confirmation: [
    'restored',
    'recovered',
    'rolled back',
    ' back ',
    // "thanks for the quick restore": the "for", not every "Danke" of a signature
    ' for ',
    ' fuer ',
    'wieder da',
    'wieder ok',
    'wieder in ordnung',
    'wiederhergestellt',
    'zurueck',
    'vorhanden',
    'verfuegbar',
    'work',
    'successful',
    'succeeded',
    'completed',
    'went ',
    'is done',
    'erfolgreich',
    'erledigt',
    'abgeschlossen',
    'all good',
    'all set',
    'solved',
    'geklappt',
    'funktioniert',
    'geloest',
    'managed to',
    'able to',
    'ourselves',
    'myself',
    'themselves',
    'selbst',
    'selber',
    'gedauert',
    'dauerte',
    'took',
    'lasted',
    'zu lange',
    'too long',
    'langsam',
    'slow',
  ],
  cancel: [
    'longer',
    'not needed',
    'not necessary',
    'not required',
    'ignore',
    'disregard',
    'cancel',
    'found',
    'never',
    'no need',
    'don',
    'do not',
    // "call it off"
    'it off',
    'that off',
    'erledigt',
    'geklaert',
    'nicht mehr',
    'ignorier',
    'storn',
    'gefunden',
    'vergessen',
    'doch nicht',
    'nothing',
    'no restore',
    'no recovery',
    'nichts',
    'not asking',
    'not requesting',
    'es geht nur',
    'happened',
    'passiert',
    'no action',
    'handlungsbedarf',
    'keine aktion',
    'keine massnahme',
    'asking',
    'false alarm',
    'fehlalarm',
    'brauchen wir',
    'benoetigen wir',
  ],
  // words, not pieces of words: " not " (not "note"), " nie" (not "Linie"), " don" (not "London")
  negation: [
    ' not ',
    'nothing',
    'none of',
    'never',
    'no need',
    'cannot',
    'cant',
    'can t',
    ' don',
    ' doesn',
    ' didn',
    ' shouldn',
    ' couldn',
    ' won',
    ' isn',
    ' aren',
    'nicht',
    ' kein',
    'kein auftrag',
    ' nie',
    ' nix',
    ' no ',
    'keinesfalls',
    'keinen fall',
    'keinen umstaend',
    'no account',
    'no circumstances',
    'no means',
    'brauchen wir',
    'benoetigen wir',
  ],
  // what is restored when it is not data (every pattern names it): an account, a password, a recovery
  // key, factory settings — not the restore word itself, which every restore request has
  'not-a-restore': [
    'account',
    'konto',
    'access',
    'zugang',
    'zugriff',
    'passwor',
    'kennwort',
    'login',
    'log in',
    ' pin',
    'mfa',
    '2fa',
    'signin',
    'sign in',
    'anmeldung',
    'subscription',
    ' abo ',
    'lizenz',
    'license',
    'service',
    'dienst',
    'connectivity',
    'verbindung',
    'power',
    'strom',
    'internet',
    'vpn',
    'recovery',
    'wiederherstellungs',
    'werkseinstellung',
    'standardeinstellung',
    'auslieferungszustand',
    'factory',
    'default settings',
    'bitlocker',
    'point created',
    'surebackup',
    'sure backup',
    'system restore',
  ],
  // every pattern needs a deleting verb (or the purge-by-age and free-up forms): its stems, not the objects'
  'destructive-delete': [
    ...DELETE_VERB_STEMS,
    'free up',
    'freigeben',
    'platz schaffen',
    'make room',
    'raeum',
    // "alles, was älter ist, kann weg"
    ' aelter ',
    ' older ',
    // "want the old backups deleted": the participle, not every "want" or "have"
    'cleared',
  ],
  // the retention words of the first two patterns ("anzahl der wiederherstellungspunkte", "restore points
  // to keep"), "keep", "how long" and the keeping verbs of the others
  'destructive-retention': [
    'retention',
    'aufbewahr',
    'vorhalte',
    'speicherdauer',
    'anzahl',
    'keep',
    'how long',
    'behalten',
  ],
  'destructive-immutability': [
    'immutab',
    'object',
    'objektsperre',
    'unveraender',
    'worm',
    'governance',
    'compliance',
    'legal hold',
    'haertung',
    'hardened',
    'gehaertet',
    'unveraenderbar',
  ],
  // the stop verb both patterns have (rarer than "backup")
  'destructive-stop-backups': [
    'stop',
    'disable',
    'paus',
    'suspend',
    'cancel',
    'deactivate',
    'turn off',
    'switch off',
    'deaktivier',
    'einstellen',
    'abschalten',
    'ausschalten',
    'aussetzen',
    'anhalten',
    'abbestellen',
  ],
  // the notice's own words ("receiving this", "not reply"), not every "received" or "Antwort"
  'automated-notice': [
    'automat',
    'auto generated',
    'not reply',
    'noreply',
    'no reply',
    'nicht auf diese',
    'nicht antworten',
    'receiving this',
    'received this',
    'erhalten diese',
    'ueberwacht',
    'unmonitored',
    'nachrichtencenter',
    'message center',
    ' mc',
  ],
  'out-of-office': [
    'reply',
    'ooo',
    'office',
    'away',
    'leave',
    'abwesen',
    'automatische',
    'buero',
    'bin ',
    'haus',
  ],
  'job-report': [
    // "[Success] …": the result in brackets
    'success',
    'warning',
    'failed',
    'error',
    'erfolg',
    'warnung',
    'fehler',
    'job',
    'session',
    'configuration backup',
    'veeam',
    'processing',
    'restore point',
    'created',
    'size',
    'data read',
    'dedupe',
    'compression',
  ],
  newsletter: [
    'click',
    'follow',
    'tap',
    'klick',
    'unsubscr',
    'abmeld',
    'abbestell',
    'newsletter',
    'browser',
    'webinar',
    'sale',
    'offer',
    'angebot',
    'rabatt',
    'discount',
    'register',
    'anmelden',
    'try',
    'free',
    'testen',
    'learn more',
    'mehr erfahren',
    'buy',
    'kaufen',
    'limited',
    'kurze zeit',
  ],
  'service-notice': [
    'message center',
    'microsoft 365',
    'service health',
    'your ',
    'ihr ',
    'maintenance',
    'wartung',
    'incident',
    'stoerung',
    'mc',
  ],
  // " ust" and " vat" at a word's start (not "just", "August"), " net " (not "internet")
  invoice: [
    'invoice',
    'rechnung',
    'amount due',
    'zahlbar',
    'payment due',
    'zahlungsziel',
    'ueberweis',
    ' net ',
    'netto',
    'gesamtbetrag',
    'mwst',
    ' ust',
    ' vat',
    'umsatzsteuer',
  ],
  // "to restore …", "um … wiederherzustellen", the guide or article referred to — not every "to " or "see"
  instruction: [
    'to restore',
    'to recover',
    'to roll back',
    'to undelete',
    'to retrieve',
    'herzustellen',
    'zurueckzu',
    ' kb',
    'knowledge',
    'article',
    'guide',
    'documentation',
    'steps',
    'instructions',
    'you can',
    'sie koennen',
    'http',
  ],
  disclaimer: [
    'error',
    'intended',
    'confidential',
    'adressat',
    'empfaenger',
    'erhalten',
    'vertraulich',
    'unbefugt',
    'pflichtangaben',
    'handelsregister',
    'geschaeftsfuehrer',
    'registergericht',
  ],
  'retention-increase': [
    'increase',
    'extend',
    'lengthen',
    'longer',
    'raise',
    'erhoeh',
    'verlaenger',
    'laenger',
    'hoch',
  ],
};

// --- sentence shapes the decision reads besides the phrase groups (detect-request.ts) -----------------------

/** Punctuation or a conjunction between two phrases: they stand in different clauses. */
// (a dictated mail spells its punctuation out: "… einspielen punkt das Programm …")
export const CLAUSE_BREAK =
  /[,;:()]|\b(?:so|because|since|but|and|or|weil|da|damit|sodass|aber|denn|und|oder|punkt|komma|absatz|period|comma|full stop)\b/;

/** A restore noun and a request word in a subject line; and the subjects that only talk about restores. */
export const SUBJECT_NOUN =
  /\b(?:wiederherstellung|ruecksicherung|zuruecksicherung|restore|recovery|rollback)\b/;
export const SUBJECT_ASK = /\b(?:bitte|please|pls|dringend|urgent|asap|eilig)\b/;
export const SUBJECT_NOT_ASKING =
  /\b(?:test|tests|termin|angebot|quote|rechnung|invoice|keine?n?|nicht|no|not|don'?t|fehlalarm|false alarm)\b/;

/** "Wer könnte Sicherungen löschen?", "Are the backups deleted after 90 days?": a question, not a request. */
export const QUESTION =
  /^(?:\d+(?:\.\d+)*\.? |- )?(?:(?:und|and|also|auch) )?(?:wer|was|wie|wann|warum|weshalb|wieso|welche\w*|sind|ist|werden|wird|gibt es|darf ich|duerfen wir|soll ich|sollen wir|may i|can i|should i|who|what|how|when|why|which|are|is|do|does|will|(?:kann|koennen|can|could) (?!sie\b|ihr\b|du\b|you\b))\b[^?]*\?$/;

/** "Could you send me the signed agreement again? I can't find our copy.": a document asked for again, not a restore. */
export const SEND_AGAIN =
  /\b(?:send|forward|e-?mail|mail|schicken|senden|zusenden|zuschicken|weiterleiten)\b.*\b(?:again|once more|nochmal|noch ?einmal|erneut)\b/;

/** "4.5 Können Sicherungen von einem Administrator gelöscht werden?" — a passive question not put to the operator. */
export const PASSIVE_DELETION_QUESTION =
  /^(?:- )?(?:werden|wird) (?:\S+ ){1,8}(?:automatisch )?(?:geloescht|entfernt|vernichtet)\b[^?]*\?$|\b(?:geloescht|entfernt|vernichtet|deleted|removed|purged|wiped|erased) (?:werden|be)\b *\?$/;
export const ASKS_OPERATOR =
  /\b(?:koennen|koennten|kannst|koenntest|wuerden|can|could|would|will) (?:sie|du|ihr|you)\b/;
