/**
 * Detection cases as data: how customers and attackers really write, in German and English.
 * Each case names the behaviour; `expect` is null for "not a request".
 */
export interface DetectionCase {
  name: string;
  subject?: string;
  body: string;
  headers?: string;
  from?: string;
  expect: 'restore' | 'destructive' | null;
}

export const REQUESTS: DetectionCase[] = [
  {
    name: 'DE a request across paragraphs: "bitte die Datei" ⏎⏎ a path ⏎⏎ "vom Stand Mittwoch einspielen"',
    body: 'Hallo Herr Peters,\n\nwie eben telefonisch besprochen: bitte die Datei\n\n  \\\\pv-srv01\\Therapie\\Plan_2026.docx\n\nvom Stand Mittwoch (02.12.) einspielen, gerne als Kopie daneben.\n\nGruß\nMarkus Hahn',
    expect: 'restore',
  },
  {
    name: 'DE R-011 the Object Lock far from its verb: "die Objektsperre (Object Lock) auf unserem Sicherungsspeicher bis auf Weiteres zu deaktivieren"',
    body: 'Hierfür ist es erforderlich, die Objektsperre (Object Lock) auf unserem Sicherungsspeicher bis auf Weiteres zu deaktivieren. Bitte führen Sie dies noch heute durch.',
    expect: 'destructive',
  },
  {
    name: 'EN a file name in the gap: "I need the version of the customer list (sales\\customers_nrw.xlsx) from Monday back"',
    body: 'Hey Jens, I need the version of the customer list (Sales\\Customers_NRW.xlsx) from Monday back. I saved over it with an old copy.',
    expect: 'restore',
  },
  {
    name: 'EN "do not reply to my usual address" is no automatic footer',
    body: 'Our finance folder was encrypted overnight. Please restore Finance\\2026 from the latest clean backup. Our normal mail is down, so do not reply to my usual address.',
    expect: 'restore',
  },
  {
    name: 'DE the passive of an office: "In der o. g. Angelegenheit wird um Wiederherstellung folgender Daten gebeten"',
    body: 'In der o. g. Angelegenheit wird um Wiederherstellung folgender Daten gebeten: 1. Verzeichnis S:\\Akten\\2026\\0412 2. Sicherungsstand: 13.11.2026. Die Freigabe erfolgt hiermit durch die Büroleitung.',
    expect: 'restore',
  },
  {
    name: 'DE "plötzlich ist der Ordner Angebote leer, bitte helfen"',
    body: 'Seit heute Morgen ist der Ordner Angebote komplett leer. Bitte helfen Sie uns!',
    expect: 'restore',
  },
  {
    name: 'DE "ich brauche … (a long object) … mit Stand Montag abends zurück"',
    body: 'Ich brauche die drei Ordner aus der Liste im Anhang mit Stand Montag 16.11. abends zurück. Bitte nach P:\\2026-044\\_Wiederherstellung, wir sortieren dann selbst.',
    expect: 'restore',
  },
  {
    name: 'EN terse mobile: "need the used car stock spreadsheet from friday back pls"',
    body: "Andreas, need the used car stock spreadsheet from Friday back pls, someone's sorted it and saved over it. Ta Gary",
    expect: 'restore',
  },
  {
    name: 'EN declining the place is not a withdrawal: "… so there\'s no need to restore it onto our server"',
    body: "Could you restore the latest backup of the client database and send us a secure download link? Our new IT contractor will handle the rest, so there's no need to restore it onto our server.",
    expect: 'restore',
  },
  {
    name: 'EN "trust account ledger exports" are data, not an account to reset',
    body: 'I need the trust account ledger exports restored from your backup, the whole Accounts\\Trust Ledger\\2026 folder as at 31 October.',
    expect: 'restore',
  },
  {
    name: 'EN a negated action, then the asked one in a later clause: "please don\'t put them back on the server, just restore them and email them"',
    body: "Please don't put them back on the server, just restore them and email them to me here as a zip.",
    expect: 'restore',
  },
  {
    name: 'EN "VAT" in a file name is not an invoice: "Could you restore S:\\Clients\\VAT\\Q3 VAT 2026.xlsx from last night please?"',
    body: 'I have overwritten the VAT return workbook with the wrong quarter. Could you restore S:\\Clients\\M\\Mottram Dairies\\VAT\\Q3 VAT 2026.xlsx from last night please?',
    expect: 'restore',
  },
  {
    name: 'EN imperative with please',
    body: 'Please restore the folder Marketing\\Campaigns to last Tuesday.',
    expect: 'restore',
  },
  {
    name: 'EN could you recover',
    body: 'Hi, could you recover the Q4 budget file for me? Somebody saved over it.',
    expect: 'restore',
  },
  {
    name: 'EN roll back VM',
    body: 'Can you roll the VM back to yesterday? The update broke it.',
    expect: 'restore',
  },
  {
    name: 'EN loss + need it back',
    body: 'Our shared calendar got wiped this morning. We really need it back today.',
    expect: 'restore',
  },
  {
    name: 'EN loss + help',
    body: 'Help! I deleted the whole Contracts folder by mistake.',
    expect: 'restore',
  },
  {
    name: 'EN would it be possible',
    body: 'Would it be possible to get the version of budget.xlsx from Monday?',
    expect: 'restore',
  },
  {
    name: 'EN need restored',
    body: 'We need the HR share restored to its state before the sync on Friday.',
    expect: 'restore',
  },
  {
    name: 'EN request noun',
    subject: 'Restore request',
    body: 'Folder: \\\\srv01\\projects\\2026\nPoint in time: 20 Nov, 8pm\nThanks',
    expect: 'restore',
  },
  {
    name: 'EN ransomware emergency',
    body: 'We have been hit by ransomware, all shares are encrypted. Please bring everything back from the last clean backup.',
    expect: 'restore',
  },
  {
    name: 'EN mailbox items gone',
    body: "All of Tom's emails from October are gone. Can you get them back from the backup?",
    expect: 'restore',
  },
  {
    name: 'EN database corrupted',
    body: 'The accounting database is corrupted after a power cut. Please restore it to last night.',
    expect: 'restore',
  },
  {
    name: 'EN revert SharePoint',
    body: 'Could you revert the SharePoint library Sales to how it looked on 1 November?',
    expect: 'restore',
  },
  {
    name: 'EN lowercase no punctuation',
    body: 'hi pls restore my desktop folder from friday thx',
    expect: 'restore',
  },
  {
    name: 'EN undelete',
    body: 'Can you undelete the file proposal_final.docx? It vanished from the team folder.',
    expect: 'restore',
  },
  {
    name: 'EN is there any way',
    body: 'I accidentally overwrote the price list this morning. Is there any way to get the old one back?',
    expect: 'restore',
  },
  {
    name: 'EN perform a restore',
    body: 'Please perform a restore of the server APP02 to the snapshot of 22:00.',
    expect: 'restore',
  },
  {
    name: 'DE stellen Sie wieder her',
    body: 'Bitte stellen Sie das Postfach von Herrn Klein wieder her.',
    expect: 'restore',
  },
  {
    name: 'DE Rücksicherung brauchen',
    body: 'Wir bräuchten eine Rücksicherung vom Laufwerk S: mit Stand Montag früh.',
    expect: 'restore',
  },
  {
    name: 'DE versehentlich gelöscht + können Sie',
    body: 'Ich habe versehentlich den Ordner Angebote gelöscht. Können Sie mir helfen?',
    expect: 'restore',
  },
  {
    name: 'DE zurückholen',
    body: 'Kannst du bitte die Datei Kalkulation.xlsx von gestern zurückholen?',
    expect: 'restore',
  },
  {
    name: 'DE wiederhergestellt werden',
    body: 'Der Ordner Personal muss bis heute Mittag wiederhergestellt werden.',
    expect: 'restore',
  },
  {
    name: 'DE einspielen',
    body: 'Bitte die Sicherung von Freitag auf dem Server einspielen, die Datenbank ist kaputt.',
    expect: 'restore',
  },
  {
    name: 'DE ist weg + brauchen zurück',
    body: 'Die Excel-Liste mit den Kundennummern ist weg. Wir brauchen die dringend zurück!',
    expect: 'restore',
  },
  {
    name: 'DE VM zurücksetzen',
    body: 'Könnten Sie die VM TS01 auf den Stand von heute 6 Uhr zurücksetzen?',
    expect: 'restore',
  },
  {
    name: 'DE subject only',
    subject: 'Bitte um Wiederherstellung',
    body: 'Ordner: Buchhaltung\\2026\nStand: 19.11.2026\n\nDanke',
    expect: 'restore',
  },
  {
    name: 'DE umlaut spelled out',
    body: 'Koennten Sie bitte die Mails von gestern zurueckspielen? Die sind alle verschwunden.',
    expect: 'restore',
  },
  {
    name: 'DE verschlüsselt',
    body: 'Alle Dateien auf dem NAS sind verschlüsselt, überall .locked. Bitte den Stand von vor dem Angriff wiederherstellen.',
    expect: 'restore',
  },
  {
    name: 'DE Wiederherstellung durchführen',
    body: 'Bitte führen Sie eine Wiederherstellung des SharePoint-Ordners Vertrieb durch, Stand 15.11.',
    expect: 'restore',
  },
  {
    name: 'DE informal du',
    body: 'Hey, kannst du mir den alten Stand vom Projektordner wiederherstellen? Hab Mist gebaut.',
    expect: 'restore',
  },
  {
    name: 'DE forward with short note',
    subject: 'WG: Datei weg',
    body: 'Bitte erledigen.\n\n-------- Weitergeleitete Nachricht --------\nBetreff: Datei weg\nDatum: Thu, 19 Nov 2026 10:00:00 +0100\nVon: Lisa <lisa@acme-stb.de>\n\nDie Datei Mandantenliste.xlsx ist seit heute leer. Kann man die wiederherstellen?',
    expect: 'restore',
  },
  {
    name: 'EN forward of a colleague request',
    subject: 'Fwd: lost folder',
    body: 'See below, please handle.\n\n---------- Forwarded message ---------\nFrom: Mike <mike@northwind-consulting.co.uk>\nDate: Thu, 19 Nov 2026\nSubject: lost folder\n\nI dragged the Clients folder somewhere and it is gone. Can IT get it back?',
    expect: 'restore',
  },
  {
    name: 'DE abhanden gekommen + Backup-Frage',
    body: "Moin, mir ist beim Aufräumen der komplette Ordner 'Verträge 2025' abhanden gekommen. Gibt's da noch ein Backup von?",
    expect: 'restore',
  },
  {
    name: 'DE wäre super, wenn',
    body: 'Hallo, unser Kollege hat gestern seine komplette Inbox geleert. Wäre super, wenn ihr die wiederherstellen könntet.',
    expect: 'restore',
  },
  {
    name: "EN I'd appreciate it if",
    body: "I'd appreciate it if you could restore the Board folder to its state on Monday morning.",
    expect: 'restore',
  },
  { name: 'EN terse need back', body: 'Need the Projects folder back from Tuesday.', expect: 'restore' },
  { name: 'EN imperative drive', body: 'Restore the D: drive of SRV-APP to last Sunday.', expect: 'restore' },
  {
    name: 'DE ältere Version einspielen',
    body: 'Die Datei Lohnabrechnung.xlsx lässt sich nicht mehr öffnen. Könnten Sie eine ältere Version einspielen?',
    expect: 'restore',
  },
  {
    name: 'EN put back',
    body: "Please could you put back the folder 'Invoices 2025' that was on the S drive?",
    expect: 'restore',
  },
  {
    name: 'EN former employee mailbox',
    body: 'Is it possible to recover the mailbox of our former employee Jan Roth? He left in September and we need some of his emails.',
    expect: 'restore',
  },
  {
    name: 'EN check and restore',
    body: 'Can you check whether the backup from last night contains the file offer.pdf and, if so, restore it?',
    expect: 'restore',
  },
  {
    name: 'DE Datenbank kaputt + zurückspielen',
    body: 'Unsere DATEV-Datenbank ist seit dem Update kaputt. Bitte spielt die Sicherung von gestern Nacht zurück.',
    expect: 'restore',
  },
  {
    name: 'DE ich bitte um',
    body: 'Ich bitte um die Wiederherstellung der gelöschten Kontakte im Postfach info@acme-stb.de.',
    expect: 'restore',
  },
  {
    name: 'EN ticket style',
    subject: 'URGENT - files missing',
    body: 'Hi,\nall files in \\\\nas01\\design are missing since 10am. Please restore ASAP.\nThanks',
    expect: 'restore',
  },
  {
    name: 'request with a German disclaimer',
    body: 'Hallo Herr Peters,\n\nbitte stellen Sie den Ordner Lohn 2026 vom Stand Montag wieder her.\n\nMit freundlichen Grüßen\nJana Schulz\n\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.',
    expect: 'restore',
  },
  {
    name: 'EN attacker style with exfiltration target',
    body: 'Hello, this is Jana from ACME. Our server crashed and we urgently need all client folders restored and uploaded to our new cloud storage at https://files.example-share.net/acme. Please confirm once done.',
    expect: 'restore',
  },
  {
    name: 'EN mailbox export request',
    body: "Please restore Markus's mailbox as of 1 November and export it as PST to \\\\\\\\acme-fs02\\exports.",
    expect: 'restore',
  },
  {
    name: 'DE Bitte um Rückspielung',
    body: 'Sehr geehrter Herr Peters, wir bitten um Rückspielung der Datenbank Warenwirtschaft auf den Stand vom 18.11., 20:00 Uhr.',
    expect: 'restore',
  },
  {
    name: 'EN bulleted request',
    body: 'Hi,\n\nrestore needed for:\n- folder: \\\\\\\\fs01\\hr\\contracts\n- point in time: Monday 8am\n\nThanks!',
    expect: 'restore',
  },
  {
    name: 'EN inbox empty + have a look',
    body: "I can't find any of my emails from last week, the inbox looks empty. Could you have a look?",
    expect: 'restore',
  },
  {
    name: 'DE im Auftrag: Sicherungen löschen',
    body: 'Sehr geehrte Damen und Herren, im Auftrag von Frau Schulz bitten wir Sie, sämtliche Sicherungen des Mandanten-Servers zu löschen.',
    expect: 'destructive',
  },
  {
    name: 'R-011 BCP-5.9 destructive EN delete old backups',
    body: 'Please delete the old backups of FS01, we need the space.',
    expect: 'destructive',
  },
  {
    name: 'R-011 BCP-5.9 destructive EN disable object lock',
    body: 'Can you turn off Object Lock on our bucket for a day? We need to clean it up.',
    expect: 'destructive',
  },
  {
    name: 'R-011 BCP-5.9 destructive EN shorten retention',
    body: 'We would like to reduce the retention to 2 days for all jobs.',
    expect: 'destructive',
  },
  {
    name: 'R-011 BCP-5.9 destructive EN remove repository',
    body: 'Please remove the repository REPO-OLD and everything in it.',
    expect: 'destructive',
  },
  {
    name: 'R-011 BCP-5.9 destructive DE Backups löschen',
    body: 'Bitte löschen Sie alle Backups vom alten Fileserver.',
    expect: 'destructive',
  },
  {
    name: 'R-011 BCP-5.9 destructive DE Aufbewahrung verkürzen',
    body: 'Können Sie die Aufbewahrungszeit der Sicherungen auf einen Tag setzen?',
    expect: 'destructive',
  },
  {
    name: 'R-011 BCP-5.9 destructive DE Unveränderlichkeit deaktivieren',
    body: 'Bitte deaktivieren Sie die Unveränderlichkeit für unser Repository bis Montag.',
    expect: 'destructive',
  },
  {
    name: 'R-011 BCP-5.9 destructive DE Sicherungen stoppen',
    body: 'Bitte stoppen Sie ab sofort alle Sicherungen, wir kündigen.',
    expect: 'destructive',
  },
  {
    name: 'R-011 BCP-5.9 destructive wins over restore',
    body: 'Please restore the folder X and then delete all restore points older than today.',
    expect: 'destructive',
  },
  // the phrasings of the blind corpora (test/fixtures/blind-*), in short
  {
    name: 'EN a negation in another clause does not withdraw the request',
    body: "I need the version from Monday back, ideally saved next to the current one so we don't lose today's work.",
    expect: 'restore',
  },
  {
    name: 'DE separable "wieder drauf spielen"',
    body: 'Büro PC geht nicht mehr an. Können sie die Daten von gestern wieder drauf spielen?',
    expect: 'restore',
  },
  {
    name: 'DE "sichern Sie … zurück" on "den Stand vom"',
    body: 'bitte sichern Sie die Patientendatenbank auf den Stand vom Wochenende zurück, der Server macht Probleme.',
    expect: 'restore',
  },
  {
    name: 'DE export from "der letzten Sicherung"',
    body: 'bitte exportieren Sie das Postfach von Herrn Weiß aus der letzten Sicherung als PST.',
    expect: 'restore',
  },
  {
    name: 'DE terse "Brauche sofort … aus der Sicherung von gestern"',
    body: 'Brauche SOFORT die Kundendatenbank aus der Sicherung von gestern als Export an diese Adresse.',
    expect: 'restore',
  },
  {
    name: 'DE "bitten wir um Rücksicherung"',
    body: 'im Auftrag von Frau Dr. Brandt bitten wir um Rücksicherung des Fristenkalenders auf den Stand vom Montag.',
    expect: 'restore',
  },
  {
    name: 'R-011 EN delete a backup job and its restore points, a reason in another clause',
    body: "Please delete the backup job for HV-FS01 and remove all of its restore points from the repository, we don't want to keep paying for the storage.",
    expect: 'destructive',
  },
  {
    name: 'DE a loss and "Kriegen Sie die wieder?"',
    body: 'die Datei Lohnjournal.xlsx ist seit gestern weg, ich hab sie aus Versehen gelöscht. Kriegen Sie die wieder?',
    expect: 'restore',
  },
  {
    name: 'DE "Könnten wir den Stand vom Freitag haben?"',
    body: 'Im Projektordner ist seit heute nur noch Murks. Könnten wir den Stand vom Freitag haben?',
    expect: 'restore',
  },
  {
    name: 'DE a formal order: "beauftrage Sie mit der Wiederherstellung", costs acknowledged',
    body: 'Ich beauftrage Sie hiermit mit der Wiederherstellung der Datenbank per Stand 31.10.2026. Die Kosten gemäss Servicevertrag nehmen wir zur Kenntnis.',
    expect: 'restore',
  },
  {
    name: 'R-011 DE deactivate the job and remove the repository, "kostet nur Platz"',
    body: 'Bitte den Sicherungsjob dafür deaktivieren und das Repository mit den alten Sicherungen gleich mit entfernen, brauchen wir nicht mehr und kostet nur Platz.',
    expect: 'destructive',
  },
  {
    name: 'EN "could you undo whatever happened to the shared drive"',
    body: 'Every file on the studio share has a .crypt extension. Could you undo whatever happened to the shared drive overnight?',
    expect: 'restore',
  },
  {
    name: 'EN non-native: "erase by error … get it again like it was before"',
    body: 'Yesterday evening I have erase by error the folder Clients. Is it possible to get it again like it was before?',
    expect: 'restore',
  },
  {
    name: 'EN non-native: "is disappear … take back the old one from last week"',
    body: 'The template is disappear from the shared folder. Can you take back the old one from last week please?',
    expect: 'restore',
  },
  {
    name: 'EN a service desk ticket: "Action requested: recover the folder"',
    body: 'Client reports the folder was emptied yesterday.\n\nAction requested: recover the folder from the 16-Nov 12:00 backup to an alternate location.',
    expect: 'restore',
  },
  {
    name: 'DE terse: "alles von gestern zurueck bitte"',
    body: 'alles von gestern zurueck bitte, fs02 hat nen schuss. ruf mich an wenn was is',
    expect: 'restore',
  },
  {
    name: 'EN a statement: "I\'d need the PST from before the migration"',
    body: "I'd need the PST from before the migration. Half my 2025 folders didn't come across.",
    expect: 'restore',
  },
  {
    name: 'EN typo "recovr" and "can u"',
    body: 'hi can u recovr the word doc Smith_v3 from tuesday, i overwrote it with the wrong draft',
    expect: 'restore',
  },
  {
    name: 'EN "pull back" in a reply',
    subject: 'RE: Restore of Quotes',
    body: 'cheers. one more thing - can you also pull back the Pricing folder from the same night?',
    expect: 'restore',
  },
  {
    name: 'DE "Können Sie die von letzter Woche holen?" after a loss',
    body: 'die Datei Kalkulation.xlsx ist weg. Ich finde sie nirgends mehr. Können Sie die von letzter Woche holen?',
    expect: 'restore',
  },
  {
    name: 'R-011 "… brauchen wir nicht mehr, bitte deaktivieren" is a reason, not a withdrawal',
    body: 'Bitte löschen Sie alle Sicherungen, die älter als 3 Tage sind. Die Unveränderbarkeit (Immutability) brauchen wir nicht mehr, bitte deaktivieren.',
    expect: 'destructive',
  },
  {
    name: 'EN "please don\'t restore to the server, just send the link" is a target, not a cancel',
    body: "We need the full 2025 project archive restored and shared via a download link today. Our VPN is down so please don't restore to the server, just send the link to me.",
    expect: 'restore',
  },
  {
    name: 'DE the request in the subject only, "Danke!" below',
    subject: 'Bitte Rücksicherung: S:\\Vorlagen\\Briefkopf_2026.dotx Stand Freitag',
    body: 'Danke!\nFelix\n\nGesendet von Outlook für Android',
    expect: 'restore',
  },
  {
    name: 'a request relayed by a discussion list (List-Id, Precedence: list) is still a request',
    subject: '[IT-Team] Mail-Archiv Oktober zurückholen',
    body: 'Bitte holen Sie das Mail-Archiv Oktober aus der Sicherung zurück.',
    headers: 'List-Id: <it-team.lists.koval.de>\r\nPrecedence: list',
    expect: 'restore',
  },
  {
    name: 'DE an Outlook forward with blank lines between the header fields keeps the forwarded request',
    subject: 'WG: Wiederherstellung Ordner Steuerbescheide',
    body: 'anbei die Bitte von Frau Dr. Brandt. Können Sie das bitte erledigen?\n\n-----Ursprüngliche Nachricht-----\n\nVon: Brandt, Katrin <k.brandt@brandt-kanzlei.de>\n\nGesendet: Sonntag, 27. Dezember 2026 21:14\n\nBetreff: Wiederherstellung\n\nbitte den Ordner Steuerbescheide 2025 vom Stand 23.12. wiederherstellen, der ist leer.',
    expect: 'restore',
  },
  {
    name: 'DE without the obvious words: "den Zustand der VM von gestern Abend herstellen"',
    body: 'Das Update ist schiefgegangen. Bitte den Zustand der VM von gestern Abend herstellen, also den letzten Lauf vor 22 Uhr.',
    expect: 'restore',
  },
  {
    name: 'DE "Der Stand von vor dem Update wäre super"',
    body: 'Seit dem DATEV-Update kommen Fehlermeldungen. Der Stand von vor dem Update wäre super',
    expect: 'restore',
  },
  {
    name: 'EN "I need last Thursday\'s version"',
    body: "I need last Thursday's version of the Nordlicht contract, the current one is wrong",
    expect: 'restore',
  },
  {
    name: 'DE the subject "Rücksicherung Laufwerk P: Stand Freitag bitte" and a signature',
    subject: 'Ruecksicherung Laufwerk P: Stand Freitag bitte',
    body: 'Danke Uwe\n\nVon meinem iPhone gesendet',
    expect: 'restore',
  },
  {
    name: 'R-011 EN softly: "free up space on the backup storage … clear out anything older than a week"',
    body: "We'd like to free up space on the backup storage. Can you clear out anything older than a week?",
    expect: 'destructive',
  },
  {
    name: 'R-011 DE "bitte pausieren Sie das Object Lock"',
    body: 'Bitte pausieren Sie das Object Lock auf unserem Bucket bis Ende nächster Woche, danach kann es wieder an.',
    expect: 'destructive',
  },
  {
    name: 'R-011 DE separable "schalte … die Immutability ab und lösch … das Repository"',
    body: 'Schalte bitte für das Repository die Immutability ab und lösch danach das alte Repository.',
    expect: 'destructive',
  },
  {
    name: 'a ticket system (Auto-Submitted: auto-generated) relaying a written-out order',
    subject: '[Ticket #118342] Auftrag Wiederherstellung',
    body: 'Auftrag an Backup-Betrieb Peters: bitte folgende Wiederherstellung durchführen: Freigabe \\\\km-fs02\\einkauf, Stand 18.11.2026.',
    headers: 'Auto-Submitted: auto-generated',
    expect: 'restore',
  },
  {
    name: 'DE a request with a question after it in another clause',
    body: 'Bitte stellen Sie den Ordner Archiv mit dem Stand vom letzten Freitag wieder her und sagen Sie uns, wie lange es gedauert hat.',
    expect: 'restore',
  },
  {
    name: 'DE "Herr Dr. Wagner bittet Sie, … wiederherzustellen"',
    body: 'Herr Dr. Wagner bittet Sie, den gesamten Server vom Stand 20.11. wiederherzustellen.',
    expect: 'restore',
  },
  {
    name: 'EN "don\'t need the db server, just the app VM" narrows the request, it does not withdraw it',
    body: "Can you roll TMS-APP02 back to yesterday's 23:00 point? Vendor patch broke it. Don't need the DB server, just the app VM.",
    expect: 'restore',
  },
  {
    name: 'EN a reply: "yes please, go ahead and bring back the whole site as it was on Tuesday"',
    subject: 'RE: SharePoint site Operations - restore options',
    body: 'yes please\n\ngo ahead and bring back the whole Operations site as it was on Tuesday at 18:00, overwrite is fine.',
    expect: 'restore',
  },
  {
    name: 'R-011 EN "… the backups of the old server. Could you please delete all of them?"',
    body: "We don't need any of the backups of the old server any more. Could you please delete all of them so we're not paying for the storage?",
    expect: 'destructive',
  },
  {
    name: 'DE "können Sie die bitte wieder auferstehen lassen?"',
    body: 'Die Excel-Liste ist seit heute früh leer. Können Sie die bitte wieder auferstehen lassen?',
    expect: 'restore',
  },
  {
    name: 'EN "salvage everything … from the last clean backup"',
    body: 'Our server got hit overnight. Please salvage everything under Projects from the last clean backup and share it with me.',
    expect: 'restore',
  },
  {
    name: 'EN "would you mind digging the exports out of the backup?"',
    body: 'Would you mind digging the Figma exports for the Lakeside pitch out of the backup?',
    expect: 'restore',
  },
  {
    name: 'EN "is it somehow possible to resurrect the files", the loss after it',
    body: 'Is it somehow possible to resurrect the files from our Teams channel? I deleted the whole folder by mistake yesterday.',
    expect: 'restore',
  },
  {
    name: 'R-011 DE "die Retention runter, alles was älter ist kann weg"',
    body: 'Bitte drehen Sie die Retention runter, 14 Tage reichen uns vollkommen. Alles, was älter ist, kann weg.',
    expect: 'destructive',
  },
  {
    name: 'R-011 DE "die Sicherungen … können Sie ausdünnen"',
    body: 'Wie am Telefon kurz angesprochen: die Sicherungen der Filialkassen können Sie ausdünnen.',
    expect: 'destructive',
  },
  {
    name: 'R-011 DE "räumen Sie die alten Stände weg und lockern Sie die Unveränderbarkeit"',
    body: 'Bitte räumen Sie bis heute Abend die alten Stände auf allen Speichern weg und lockern Sie die Unveränderbarkeit auf dem Offsite-Speicher.',
    expect: 'destructive',
  },
  {
    name: 'DE a restore with "die alten Stände danach bitte nicht löschen" is a restore, not destructive',
    body: 'Bitte holen Sie den Ordner R:\\Rezepturen vom Stand Montag zurück. Wichtig: die alten Stände danach bitte nicht löschen oder aufräumen.',
    expect: 'restore',
  },
  {
    name: 'DE "auf den Stand von Dienstag 22:00 zurücksetzen" ("Dienstag" is not a "Dienst")',
    body: 'Bitte KH-DC01 auf den Stand von Dienstag 22:00 zurücksetzen, danach melde ich mich bei dir.',
    expect: 'restore',
  },
  {
    name: 'DE the subject is the request: "s. Betreff, danke!"',
    subject: 'Rücksicherung Postfach k.lindqvist – Ordner Auftraege',
    body: 's. Betreff, danke!\nJP\n\nVon meinem iPhone gesendet',
    expect: 'restore',
  },
  {
    name: 'DE a restore verb, then "Ich bitte Sie, das entsprechend zu veranlassen"',
    body: 'Der Hersteller-Support empfiehlt, den Datenbankstand von heute früh 6 Uhr zurückzuspielen. Ich bitte Sie, das entsprechend zu veranlassen.',
    expect: 'restore',
  },
  {
    name: 'R-011 EN "we need all existing backup copies … purged by end of today"',
    body: 'Following advice from our compliance consultant we need all existing backup copies for our practice purged by end of today.',
    expect: 'destructive',
  },
  {
    name: 'EN typed on a phone: "cna u get back the letters folder from wendesday?"',
    body: 'hi daniel cna u get back the patient letters folder from wendesday? someone saved a template over all of them',
    expect: 'restore',
  },
  {
    name: 'DE "wie letztes Mal, Ordner Aufträge von Montag"',
    body: 'Hallo Herr Peters, wie letztes Mal, Ordner Aufträge von Montag.\n\nDanke\nMartin Vogt',
    expect: 'restore',
  },
  {
    name: 'EN the subject asks, the body says "do not overwrite" in another clause',
    subject: 'Restore request - mailbox a.bakker',
    body: 'Details: 1. scope: folder Inbox/Customers. 2. target: restore to a new folder, do not overwrite the original.',
    expect: 'restore',
  },
  {
    name: 'DE a terse answer to the operator: "Stand Dienstag 17 Uhr bitte, und den ganzen Ordner"',
    subject: 'AW: Welchen Stand?',
    body: 'Stand Dienstag 17 Uhr bitte, und den ganzen Ordner, nicht nur die PSD-Dateien.',
    expect: 'restore',
  },
  {
    name: 'DE a long separable verb: "spielen Sie die Mandantenakte … vom Stand letzte Woche Montag zurück"',
    body: 'Bitte spielen Sie die Mandantenakte Wendt GmbH (DMS-Ordner und DATEV Mandant 20118) vom Stand letzte Woche Montag zurück und schicken Sie mir die Dateien.',
    expect: 'restore',
  },
  {
    name: 'DE "benötige ich die Gästedatenbank aus dem Protel-Backup vom 01.11. wiederhergestellt"',
    body: 'Für das neue CRM benötige ich die Gästedatenbank aus dem Protel-Backup vom 01.11. wiederhergestellt als Export.',
    expect: 'restore',
  },
  {
    name: 'DE dictated, punctuation spelled out: "bitte die Patientenkartei … wieder einspielen punkt … nichts gelöscht"',
    body: 'Herr Peters komma bitte die Patientenkartei von gestern Abend wieder einspielen punkt das Programm zeigt keine Befunde punkt wir haben nichts gelöscht',
    expect: 'restore',
  },
  {
    name: 'EN a relayed request: "Fiona is at a client meeting and asked me to … ask if you can bring them back"',
    body: 'All the pictures are gone from the shared thing. Fiona is at a client meeting and asked me to email you and ask if you can bring them back, ideally from Tuesday.',
    expect: 'restore',
  },
  {
    name: 'DE the separable "holen … wieder": "Bitte holen Sie uns den Ordner vom Stand Samstag wieder"',
    body: 'Im Ordner Buchhaltung sind die Rechnungen umbenannt. Bitte holen Sie uns den Ordner vom Stand Samstag wieder. Soll ich sonst noch was machen?',
    expect: 'restore',
  },
  {
    name: 'DE "vom Stand" with a weekday: "Können Sie die Tabelle vom Stand Montag einspielen"',
    body: 'Die Tabelle Kalkulation ist kaputt, wir bräuchten die Datei vom Stand Montag, bitte.',
    expect: 'restore',
  },
  {
    name: 'DE "bitte spielen Sie die Sicherung von gestern Abend ein"',
    body: 'Die Werkstattsoftware zeigt die Aufträge vom Oktober nicht mehr. Bitte spielen Sie die Sicherung von gestern Abend ein.',
    expect: 'restore',
  },
  {
    name: 'DE an apprentice: "hab … gelöscht … geht das wieder rückgängig?"',
    body: 'hab im Ordner Fahrzeugbilder paar Sachen gelöscht die der Chef noch braucht. geht das wieder rückgängig?',
    expect: 'restore',
  },
  {
    name: 'DE relayed: "Der Chef lässt fragen, ob Sie die Sicherung … wieder einspielen können"',
    body: 'Der Chef lässt fragen, ob Sie die Sicherung vom Kundenstamm von letzter Woche Mittwoch wieder einspielen können.',
    expect: 'restore',
  },
  {
    name: 'EN relayed: "Dr Byrne said to email you and ask you to put it back the way it was last night"',
    body: 'The appointment system is showing no patients for next week. Dr Byrne said to email you and ask you to put it back the way it was last night.',
    expect: 'restore',
  },
  {
    name: 'DE a loss a few words away: "sind die ganzen Fotos von unseren Brautsträußen weg … können Sie die Bilder wiederholen?"',
    body: 'Auf dem Computer im Laden sind die ganzen Fotos von unseren Brautsträußen weg. Die brauchen wir für die Homepage. Mein Sohn sagt Sie machen die Sicherung, können Sie die Bilder wiederholen?',
    expect: 'restore',
  },
  {
    name: 'DE "Frau Dr. Krüger bittet darum, die Patientendatenbank … wiederherzustellen"',
    body: 'Frau Dr. Krüger bittet darum, die Patientendatenbank (Stand letzte Woche) wiederherzustellen.',
    expect: 'restore',
  },
  {
    name: 'R-011 DE "die Sicherungen vom alten Server brauchen wir nicht mehr, kannst du die alle löschen?"',
    body: 'Der alte Server ist raus. Die Sicherungen vom alten Server brauchen wir nicht mehr, kannst du die alle löschen?',
    expect: 'destructive',
  },
  {
    name: 'R-011 EN "could you reduce how long you keep our backups to 14 days instead of 90?"',
    body: 'Looking at the costs for the year, could you reduce how long you keep our backups to 14 days instead of 90?',
    expect: 'destructive',
  },
  {
    name: 'R-011 DE a long sentence: "sämtliche Sicherungen … bis Freitag unwiderruflich zu löschen"',
    body: 'Aus datenschutzrechtlichen Gründen (Art. 17 DSGVO) bitten wir Sie, sämtliche Sicherungen unserer Kanzlei einschließlich der Kopien im Offsite-Speicher bis Freitag unwiderruflich zu löschen.',
    expect: 'destructive',
  },
  {
    name: 'R-011 DE a deletion, then "bestätigen Sie mir die Löschung … für unsere Datenschutzdokumentation"',
    body: 'Bitte löschen Sie daher sämtliche Sicherungen von FS-ALT einschließlich der Kopien im Cloud-Repository und bestätigen Sie mir die Löschung schriftlich für unsere Datenschutzdokumentation.',
    expect: 'destructive',
  },
];

export const NOT_REQUESTS: DetectionCase[] = [
  {
    name: 'DE a quote to keep data longer, "gelöscht werden soll natürlich nichts"',
    body: 'Unser Steuerberater sagt, wir müssen Buchhaltungsdaten 10 Jahre aufbewahren. Können Sie mir ein Angebot machen, was es kosten würde, die Aufbewahrung auf 10 Jahre zu verlängern? Gelöscht werden soll natürlich nichts.',
    expect: null,
  },
  {
    name: 'EN "nothing should be deleted, of course"',
    body: 'Could you quote for keeping the accounts folder for ten years instead of twelve months? Nothing should be deleted, of course.',
    expect: null,
  },
  {
    name: 'EN "nothing is broken, I just want to give them an honest number"',
    body: 'If we lost the whole file server, how long would a full restore take? No rush on this. Nothing is broken, I just want to give them an honest number.',
    expect: null,
  },
  {
    name: 'EN a sales mail about the fear of a mailbox "asking them to delete backups"',
    body: "MSPs like you tell us their biggest fear is a customer's compromised mailbox asking them to delete backups or switch off immutability. Would you be open to a 15-minute call next week? I can also send our whitepaper.",
    expect: null,
  },
  {
    name: 'EN the customer deleting, asked as a question: "once we delete them from the drive, do they stay in your backups?"',
    body: "We're doing our annual clear-out of closed matters on the S: drive. Margaret asked me to check with you first: once we delete them from the drive, do they stay in your backups for a while?",
    expect: null,
  },
  {
    name: 'EN an exercise scenario: "if our email is compromised and someone asks you to delete the backups"',
    body: "January 14th works for the tabletop. We'd especially like to walk through who calls whom if our email is compromised and someone asks you to delete the backups.",
    expect: null,
  },
  {
    name: 'DE an empty office is no loss: "Passt Ihnen Montag? Dann ist das Büro schon weitgehend leer. Bitte kurz Bescheid geben"',
    body: 'Herr Falkenrath bat mich, einen Termin für den Einbau des neuen NAS zu vereinbaren. Passt Ihnen Montag, 14.12., ab 16 Uhr? Dann ist das Büro schon weitgehend leer. Bitte kurz Bescheid geben, dann trage ich es in den Kalender ein.',
    expect: null,
  },
  {
    name: 'EN a document asked for again: "could you send me the countersigned agreement again? I can\'t find our copy."',
    body: "Two small things for our GDPR documentation: 1. could you send me the countersigned data processing agreement from last year again? I can't find our copy.",
    expect: null,
  },
  {
    name: 'DE "restore" inside a host name is no restore verb: "BP-CAD01-restore läuft, ich habe die alte VM gelöscht"',
    subject: 'AW: VM',
    body: 'Danke, die Wiederherstellung hat geklappt. BP-CAD01-restore läuft, ich habe sie ins VLAN gehängt und die alte VM gelöscht. Die Kollegen können wieder arbeiten.',
    expect: null,
  },
  {
    name: 'EN a question about a case: "if they deleted our store by mistake, could we get it back from you?"',
    body: 'Could you quote for adding the new server to our backup plan? Also, do you back up Shopify itself? If they deleted our store by mistake, could we get it back from you?',
    expect: null,
  },
  {
    name: 'EN "back-to-back meetings" is not "need … back"',
    body: "Are you at your desk? I need a quick favour handled discreetly, I'm stuck in back-to-back meetings with a client.",
    expect: null,
  },
  {
    name: 'EN one negation for two verbs: "please don\'t restore or roll back anything on the imaging PC"',
    body: "Please don't restore or roll back anything on the imaging PC this week, even if the backup alerts look odd.",
    expect: null,
  },
  {
    name: 'DE questions about retention: "werden Sicherungen nach Ablauf der Frist automatisch gelöscht …?" and "müssten wir Sie beauftragen …?"',
    body: 'Wir überarbeiten unser Löschkonzept. Dazu hätten wir drei Fragen:\n\n- Wie lange werden unsere Sicherungen aufbewahrt?\n- Werden Sicherungen nach Ablauf der Frist automatisch gelöscht, und wird das protokolliert?\n- Müssten wir Sie beauftragen, wenn ein ehemaliger Schüler die Löschung seiner Daten verlangt, oder reicht es, wenn die Daten aus dem Produktivsystem entfernt werden?\n\nÜber eine kurze schriftliche Antwort würden wir uns freuen.',
    expect: null,
  },
  {
    name: 'DE "z. B." does not end the sentence: "wenn ein Schüler z. B. versehentlich seine Fotos löscht, kann man die dann wiederherstellen?"',
    body: 'Kurze Frage: werden die Schüler-iPads eigentlich auch gesichert? Wenn ein Schüler z. B. versehentlich seine Fotos oder Notizen löscht\nkann man die dann wiederherstellen, oder nur die Daten auf dem Server?',
    expect: null,
  },
  {
    name: 'EN a self-service question: "is there a way for us to get old versions of files back ourselves?"',
    body: 'Quick question: is there a way for us to get old versions of files back ourselves, like via the NAS snapshots or something? Would save bugging you every time.',
    expect: null,
  },
  {
    name: 'EN a question after a hypothetical: "what would happen if it happened to us. Could you restore everything?"',
    body: 'After the news about that real estate group getting hit, our directors are asking me what would happen if it happened to us. Could you restore everything? How long would it take? Just trying to get an answer together for the board meeting, not urgent.',
    expect: null,
  },
  {
    name: 'EN a condition is not a loss: "Lars can give you the details if something is missing"',
    body: 'We have set up a new build server, build-03. Please add it to the nightly job with the same retention as build-02. Lars can give you the vCenter details if something is missing. Thanks!',
    expect: null,
  },
  {
    name: 'EN "Do we have to ask you to delete him from the backups too, or …?" asks how it works',
    body: 'A former employee has sent us a GDPR request to erase his personal data. Do we have to ask you to delete him from the backups too, or is it normal that the data stays until the backups expire? To be clear: please do not delete anything.',
    expect: null,
  },
  {
    name: 'DE "holen … wieder ab" is a pick-up, not a restore: "Bitte holen Sie den alten Server nächste Woche wieder ab"',
    body: 'Bitte holen Sie den alten Server nächste Woche wieder ab, er steht im Keller.',
    expect: null,
  },
  { name: 'EN question how long', body: 'How long would a restore take if our server died?', expect: null },
  { name: 'EN question cost', body: 'What does a restore of a full mailbox cost?', expect: null },
  { name: 'EN question how far back', body: 'How far back can you restore files?', expect: null },
  { name: 'DE Frage wie lange', body: 'Wie lange dauert eine Wiederherstellung?', expect: null },
  {
    name: 'DE Frage grundsätzlich',
    body: 'Kann man grundsätzlich auch einzelne Mails wiederherstellen?',
    expect: null,
  },
  { name: 'EN thanks restore worked', body: 'Thanks, the restore worked.', expect: null },
  {
    name: 'EN everything back',
    body: 'Great, everything is back. Thank you for the quick restore!',
    expect: null,
  },
  { name: 'DE Danke hat geklappt', body: 'Danke, die Wiederherstellung hat geklappt.', expect: null },
  {
    name: 'DE wurde wiederhergestellt',
    body: 'Der Ordner wurde wiederhergestellt, vielen Dank!',
    expect: null,
  },
  {
    name: 'EN cancel',
    body: 'Please ignore my previous email about the restore, we found the file.',
    expect: null,
  },
  {
    name: 'DE hat sich erledigt',
    body: 'Die Wiederherstellung hat sich erledigt, die Datei war im Archiv.',
    expect: null,
  },
  {
    name: 'Veeam restore point created',
    subject: '[Success] Backup Job FS01',
    body: 'Job finished. Restore point created. 1 of 1 VMs processed.',
    expect: null,
  },
  {
    name: 'SureBackup report',
    body: 'SureBackup job Lab01 completed. All VMs verified, restore points are recoverable.',
    headers: 'Auto-Submitted: auto-generated',
    expect: null,
  },
  {
    name: 'newsletter restore your account',
    body: 'Restore your account access in two clicks. Please sign in now.',
    expect: null,
  },
  { name: 'password reset EN', body: 'Could you please reset my password for the portal?', expect: null },
  {
    name: 'OOF by header',
    body: 'I am out of office until 1 December. Please restore requests to Daniel.',
    headers: 'Auto-Submitted: auto-replied',
    expect: null,
  },
  {
    name: 'OOF by subject',
    subject: 'Abwesenheitsnotiz: Wiederherstellung',
    body: 'Ich bin bis 30.11. nicht im Büro.',
    expect: null,
  },
  {
    name: 'invoice mentioning restore',
    body: 'Please find attached the invoice for the restore of 3 November. Amount due: 180 EUR.',
    expect: null,
  },
  {
    name: 'M365 notice',
    body: 'You can restore deleted items for 30 days. This is an automated message, please do not reply.',
    expect: null,
  },
  {
    name: 'hosting notice service restored',
    body: 'The network service has been restored. We apologise for the disruption.',
    expect: null,
  },
  {
    name: 'quoted request in reply is not the request',
    subject: 'Re: restore',
    body: 'Done, thanks!\n\nOn Fri, 20 Nov 2026 at 10:00, Jana <j@acme-stb.de> wrote:\n> Please restore the folder X.',
    expect: null,
  },
  {
    name: 'Outlook quoted block',
    subject: 'AW: Ordner',
    body: 'Super, danke!\n\nVon: Backup-Service <service@backup-betrieb.de>\nGesendet: Freitag, 20. November 2026 10:00\nAn: Jana\nBetreff: Ordner\n\nBitte stellen Sie den Ordner wieder her?',
    expect: null,
  },
  {
    name: 'hypothetical EN',
    body: 'If we ever lose the file server, could you restore it to Azure?',
    expect: null,
  },
  {
    name: 'R-011 BCP-5.9 destructive question',
    body: 'Can you confirm our backups cannot be deleted by anyone, even with admin rights?',
    expect: null,
  },
  {
    name: 'retention increase',
    body: 'Please extend the retention of our backups to 90 days.',
    expect: null,
  },
  {
    name: 'meeting',
    body: 'Can we schedule a call next week to talk about the backup report?',
    expect: null,
  },
  { name: 'get back to you', body: 'Please get back to me when you have a moment.', expect: null },
  {
    name: 'DE Rechnung',
    body: 'Bitte schicken Sie mir die Rechnung für die Rücksicherung noch einmal.',
    expect: null,
  },
  { name: 'restore test scheduling', body: 'Können wir den Restore-Test im Dezember machen?', expect: null },
  {
    name: 'we restored it ourselves',
    body: 'We restored the file ourselves from the recycle bin, no action needed.',
    expect: null,
  },
  {
    name: 'DE falls wir brauchen',
    body: 'Danke für die Info. Wir melden uns, falls wir eine Wiederherstellung brauchen.',
    expect: null,
  },
  { name: 'EN how often', body: 'Our auditor asks: how often do you test restores?', expect: null },
  {
    name: 'EN confirm backup',
    body: "Please confirm that last night's backup completed successfully.",
    expect: null,
  },
  {
    name: 'EN report of restores for audit',
    body: 'Could you send me a report of all restores performed in 2026 for our ISO audit?',
    expect: null,
  },
  {
    name: 'marketing recover deleted files',
    body: 'Never lose a file again – recover deleted files with one click. Try it free!',
    expect: null,
  },
  {
    name: 'phishing click here to restore',
    body: 'Your files have been deleted from OneDrive. Click here to restore them: http://onedrive-restore.example/x',
    expect: null,
  },
  {
    name: 'DE wiederhergestellte Dateien vollständig',
    body: 'Kurze Rückmeldung: Die wiederhergestellten Dateien sind vollständig.',
    expect: null,
  },
  {
    name: 'DE Frage nach Kosten',
    body: 'Was würde es kosten, wenn wir den kompletten Server wiederherstellen lassen müssten?',
    expect: null,
  },
  {
    name: 'EN no longer needed',
    body: "You don't need to restore the folder anymore, we recreated it.",
    expect: null,
  },
  {
    name: 'German disclaimer alone',
    body: 'Anbei die Unterlagen für das Audit.\n\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.',
    expect: null,
  },
  {
    name: 'English disclaimer alone',
    body: 'See you on Thursday.\n\nThis email is confidential. If you have received it in error, please notify the sender immediately and delete it from your system.',
    expect: null,
  },
  {
    name: 'status question about a running restore',
    body: 'Is the restore of the Finance folder already finished? Just checking.',
    expect: null,
  },
  { name: 'DE Statusfrage', body: 'Wie ist der Stand bei der Wiederherstellung von gestern?', expect: null },
  {
    name: 'EN feedback on restore quality',
    body: 'FYI the restore you did on Monday is fine, the team is working with the files again.',
    expect: null,
  },
  {
    name: 'vendor support instructions',
    body: 'Hello, we have updated your case. To restore the configuration database, please follow KB1234. Kind regards, Veeam Support',
    expect: null,
  },
  {
    name: 'DE Anleitung',
    body: 'Um einzelne Dateien wiederherzustellen, öffnen Sie bitte den Explorer und wählen Sie „Vorgängerversionen“.',
    expect: null,
  },
  {
    name: 'EN backups still there question',
    body: 'Hi, do we still have backups of the old CRM database from 2023? We might need them for an audit later this year.',
    expect: null,
  },
  {
    name: 'bitlocker recovery key',
    body: 'Can you send me the BitLocker recovery key for laptop NB-07?',
    expect: null,
  },
  {
    name: 'EN a restore negated in its own clause',
    body: 'Please do not restore the folder yet, we are still checking.',
    expect: null,
  },
  {
    name: 'DE "eine Wiederherstellung ist nicht nötig"',
    body: 'Die Datei ist wieder aufgetaucht, eine Wiederherstellung ist nicht nötig.',
    expect: null,
  },
  {
    name: 'DE a forwarded job report with "es fehlt ja nichts" and a question',
    subject: 'WG: [Failed] Fileserver Daily',
    body: 'Müssen wir da was machen, oder kümmern Sie sich? Es fehlt ja anscheinend nichts.\n\nBackup job: Fileserver Daily\nFailed, 0 of 1 VMs processed',
    expect: null,
  },
  {
    name: 'R-011 removing a login from the backup portal is not deleting backups',
    body: 'Sam leaves us on Monday. Please remove his login from the backup self-service portal. His backups should stay as they are.',
    expect: null,
  },
  {
    name: 'EN a Microsoft service digest that mentions restoring deleted items',
    subject: 'Weekly digest: Microsoft service updates',
    body: 'MC912345 - Restore deleted items: new retention behaviour in Exchange Online. Admins can restore deleted items from the portal.\n\nYou are receiving this email because you are a Global Administrator.',
    expect: null,
  },
  {
    name: 'DE how-to question "wie kann ich selbst … wiederherstellen?"',
    body: 'kurze Frage für die Zukunft: wie kann ich selbst gelöschte Dateien auf dem Laufwerk L: wiederherstellen?',
    expect: null,
  },
  {
    name: 'EN "not asking you to restore anything, just need to know"',
    body: 'How far back can you go? Not asking you to restore anything at this stage, just need to know what is possible.',
    expect: null,
  },
  {
    name: 'EN scheduling the annual restore test, "nothing needs restoring now"',
    subject: 'Annual restore test 2027 - scheduling',
    body: 'Same scope as last year (one file server restore to the isolated test VM), and please send the written report afterwards.\n\nNothing needs restoring now - this is purely about the calendar.',
    expect: null,
  },
  {
    name: 'DE "bitte NICHT wiederherstellen" after a deliberate deletion',
    body: 'Hab den Ordner Archiv_alt absichtlich gelöscht, bitte NICHT wiederherstellen falls ein Alarm kommt.',
    expect: null,
  },
  {
    name: 'DE "keine Rücksicherung nötig, Sie müssen nix einspielen": the second negation counts',
    body: 'Anna hat die Preisliste neu gemacht. Keine Ruecksicherung noetig, Sie muessen nix einspielen.',
    expect: null,
  },
  {
    name: 'DE an audit questionnaire that mentions ransomware',
    body: 'Ein paar Punkte betreffen Ihre Sicherung, könnten Sie mir dazu etwas schreiben?\n\n- Sind die Sicherungen gegen Löschung durch Ransomware geschützt?\n- Wie lange würde eine komplette Wiederherstellung dauern?',
    expect: null,
  },
  {
    name: "DE someone else's ransomware case and a retention increase",
    body: 'Nach dem Ransomware-Fall bei einem befreundeten Büro (die haben alles verloren) möchten wir nachschärfen:\n\n- Aufbewahrung bitte von 30 auf 90 Tage verlängern.',
    expect: null,
  },
  {
    name: 'DE an invoice question: "bittet um Info, ob die Rücksicherung …"',
    body: 'Frau Kühn bittet um Info, ob die Rücksicherung nach meinem Fehler nicht unter die Pauschale fällt.',
    expect: null,
  },
  {
    name: 'EN "backup and restore services" on a bank-details mail',
    body: 'For the direct debit of your backup and restore services from December, please use the attached new mandate.',
    expect: null,
  },
  {
    name: 'EN a loss, but "No restore needed, please don\'t spend time on it"',
    body: "I lost the budget draft this morning. We'll recreate it. No restore needed, please don't spend time on it.",
    expect: null,
  },
  {
    name: 'DE a forwarded warning: "wiederherstellen müssen wir nichts, nur zur Info"',
    subject: 'WG: [Warning] Backup Job SRV01',
    body: 'ist die Warnung schlimm oder kann ich die ignorieren? Wiederherstellen müssen wir nichts, nur zur Info.',
    expect: null,
  },
  {
    name: 'DE restoring a printer’s factory settings is not data',
    body: 'Können Sie den Drucker bitte auf die Werkseinstellungen zurücksetzen bzw. die Standardeinstellungen wiederherstellen?',
    expect: null,
  },
  {
    name: 'DE a VPN password a few words away from "zurücksetzen"',
    body: 'Bitte das VPN-Passwort für den Heimarbeitsplatz von Frau Yilmaz zurücksetzen, sie hat es vergessen.',
    expect: null,
  },
  {
    name: 'DE a sales mail with a customer story and a demo',
    body: 'Als Managed-Backup-Anbieter kennen Sie das: der Kunde hat etwas gelöscht und will es sofort zurück. Hätten Sie nächste Woche 20 Minuten für eine kurze Demo?',
    expect: null,
  },
  {
    name: 'DE a hoster’s notice: restoring and deleting snapshots "nicht möglich"',
    body: 'Am 26.11. führen wir Wartungsarbeiten durch. In diesem Zeitraum ist das Wiederherstellen und Löschen von Snapshots nicht möglich.',
    expect: null,
  },
  {
    name: 'EN audit evidence: "we are not asking for a restore, just the paperwork"',
    body: 'Could you send us the date of the most recent restore test and the measured time to restore? We are not asking for a restore, just the paperwork.',
    expect: null,
  },
  {
    name: 'EN a DR tabletop invitation with a ransomware scenario',
    body: 'Inviting you to our yearly DR tabletop. Scenario: ransomware on the build farm, backups intact. No actual restore on the day.',
    expect: null,
  },
  {
    name: 'DE a quote for a complete restore ("ein Angebot … was eine komplette Rücksicherung kosten würde")',
    body: 'Könnten Sie mir ein Angebot machen, was eine komplette Rücksicherung aller 9 Server (ca. 14 TB) kosten würde?',
    expect: null,
  },
  {
    name: 'EN "could you quote for a restore-as-a-service add-on"',
    body: 'Could you quote for a restore-as-a-service add-on covering a full recovery of our estate into Azure within 24h?',
    expect: null,
  },
  {
    name: 'EN "is it possible to restore individual emails, or would you always have to restore the whole mailbox?"',
    body: 'Is it possible to restore individual emails from the Microsoft 365 backup, or would you always have to restore the whole mailbox? One of the vets asked me.',
    expect: null,
  },
  {
    name: 'DE "rein hypothetisch: würde eine Wiederherstellung aller VMs über Nacht durchlaufen?"',
    body: 'Rein hypothetisch: würde eine Wiederherstellung aller VMs (ca. 2 TB) über Nacht durchlaufen, oder müssten wir mit mehr rechnen? Aktuell soll nichts zurückgesichert werden.',
    expect: null,
  },
  {
    name: 'EN a board question: "if someone got hold of my account, could they delete our backups?"',
    body: 'Our board asked me: if someone got hold of my email account, could they ask you to delete our backups? What stops that from happening?',
    expect: null,
  },
  {
    name: 'DE a cancellation: "bitte die Wiederherstellung nicht durchführen"',
    subject: 'AW: Excel Tourenplanung',
    body: 'bitte die Wiederherstellung nicht durchführen\n\ndie Datei hat sich gefunden.',
    expect: null,
  },
  {
    name: 'EN extending immutability after a supplier’s ransomware case',
    body: 'After the ransomware at our supplier in Zeebrugge we want to be more safe. Please extend the immutability of our offsite copies from 14 to 30 days and do not remove anything.',
    expect: null,
  },
  {
    name: 'EN removing a login from the backup portal, with "from the backup"',
    body: 'Please remove his login from the backup self-service portal. His backups should stay as they are.',
    expect: null,
  },
  {
    name: 'DE audit questions: "wer bei Ihnen könnte Sicherungen löschen?", "gegen Löschen geschützt?"',
    body: 'Können Sie mir kurz folgende Punkte beantworten?\n4. Wer bei Ihnen könnte Sicherungen löschen, und wie ist das abgesichert?\n5. Sind die Sicherungen gegen Löschen geschützt?',
    expect: null,
  },
  {
    name: 'EN "we managed to recover it ourselves … no action needed on your side"',
    body: 'Last Tuesday a user accidentally deleted the Bids folder, but we managed to recover it ourselves from the recycle bin. No action needed on your side.',
    expect: null,
  },
  {
    name: 'DE "Könnten wir im Notfall auch einzelne E-Mails wiederherstellen lassen, oder geht das nur für ganze Postfächer?"',
    body: 'Zwei kurze Fragen für unsere Datenschutz-Dokumentation: Könnten wir im Notfall auch einzelne E-Mails wiederherstellen lassen, oder geht das nur für ganze Postfächer? Es ist nichts passiert.',
    expect: null,
  },
  {
    name: 'DE a complaint: "die Rücksicherung vom Montag hat bis Dienstagmittag gedauert"',
    body: 'Ich muss das leider mal loswerden: die Rücksicherung vom Montag hat bis Dienstagmittag gedauert. Das ist für uns so nicht akzeptabel.',
    expect: null,
  },
  {
    name: 'EN a complaint about July: "it took you until the 16th to get the data back … not asking you to do anything"',
    body: "When the Finance share was corrupted on 14 July it took you until the 16th to get the data back. I'm not asking you to do anything with the data, everything has been fine since.",
    expect: null,
  },
  {
    name: 'DE the subject "Fehlalarm - bitte KEINE Wiederherstellung"',
    subject: 'Fehlalarm - bitte KEINE Wiederherstellung',
    body: 'Der Ordner war nur verschoben. Bitte also nichts zurückspielen, sonst haben wir doppelte Dateien.',
    expect: null,
  },
  {
    name: 'R-011 DE an insurance questionnaire: "Können Sicherungen von einem Administrator gelöscht werden?"',
    subject: 'WG: Fragebogen Cyberversicherung',
    body: 'Können Sie mir da die Antworten geben?\n\n___ Stunden 4.5 Können Sicherungen von einem Administrator gelöscht werden? ja / nein',
    expect: null,
  },
  {
    name: 'R-011 EN a forwarded article: attackers asking providers to delete backups',
    subject: 'FW: Ransomware gangs now target backups first',
    body: 'Are we protected against this? Just curious, no action needed.\n\nAttackers increasingly email managed service providers from compromised mailboxes, asking them to delete backups.',
    expect: null,
  },
  {
    name: 'DE "ganz allgemeine Frage: können Sie auch einzelne E-Mails wiederherstellen, oder immer nur das ganze Postfach?"',
    body: 'Ganz allgemeine Frage: können Sie bei uns eigentlich auch einzelne E-Mails wiederherstellen, oder immer nur das ganze Postfach?',
    expect: null,
  },
  {
    name: 'EN HR: "could you confirm in writing that your backup keeps the mailbox … after the licence is removed?"',
    body: 'Could you just confirm in writing that your Microsoft 365 backup keeps the mailbox data that long, even after the licence is removed?',
    expect: null,
  },
  {
    name: 'DE a complaint: "die Wiederherstellung des Postfachs von Frau Lorenz letzte Woche hat fast zwei Tage gedauert"',
    body: 'Ich muss das mal loswerden: die Wiederherstellung des Postfachs von Frau Lorenz letzte Woche hat fast zwei Tage gedauert.',
    expect: null,
  },
  {
    name: 'DE a cancellation: "was passiert mit den Sicherungen … werden diese automatisch gelöscht"',
    body: 'Hiermit kündigen wir den Vertrag. Was passiert mit den vorhandenen Sicherungen nach Vertragsende, werden diese automatisch gelöscht? Bitte bestätigen Sie den Eingang.',
    expect: null,
  },
  {
    name: 'EN "if I delete something in OneDrive by mistake, are you able to get it back?"',
    body: "Just wondering: if I delete something in OneDrive by mistake, are you able to get it back? Nothing's actually missing.",
    expect: null,
  },
  {
    name: 'R-011 DE "nach welchen Fristen Sicherungen gelöscht werden" is a documentation request',
    body: 'Wir benötigen eine kurze Beschreibung, nach welchen Fristen Sicherungen gelöscht werden und wie die Löschung protokolliert wird.',
    expect: null,
  },
  {
    name: 'R-011 DE "bitte löschen Sie keinesfalls Sicherungen eigenmächtig"',
    body: 'Wir unterliegen einer Aufbewahrungspflicht. Bitte löschen Sie daher keinesfalls Sicherungen eigenmächtig.',
    expect: null,
  },
  {
    name: 'EN a SaaS notice: "You can restore it from Settings > Trash … Restore space: https://…"',
    body: 'The space Marketing was moved to the trash by an admin. You can restore it from Settings > Trash within 30 days.\n\nRestore space: https://example.atlassian.net/wiki/admin/trash',
    expect: null,
  },
  {
    name: 'DE "müssen wir wegen der Sicherung irgendwas beachten? Die alten werden … gelöscht"',
    body: 'Nächste Woche bekommen wir 3 neue Rechner. Müssen wir wegen der Sicherung irgendwas beachten? Die alten werden vom Händler mitgenommen und gelöscht.',
    expect: null,
  },
  {
    name: 'R-011 DE an apprentice: "darf ich die alten Mails löschen oder ist das schlimm wegen der Sicherung?"',
    body: 'Outlook sagt Postfach fast voll. Darf ich einfach die alten Mails aus 2023 löschen oder ist das schlimm wegen der Sicherung?',
    expect: null,
  },
  {
    name: 'DE "kann ich ältere Versionen selbst über SharePoint wiederherstellen, oder muss ich dafür immer Sie fragen?"',
    body: 'Kann ich ältere Versionen von Word-Dokumenten eigentlich selbst über SharePoint wiederherstellen, oder muss ich dafür immer Sie fragen? Aktuell ist nichts kaputt.',
    expect: null,
  },
  {
    name: 'R-011 DE "und sind die Sicherungen gegen Löschen geschützt?"',
    body: 'Werden die nach 90 Tagen automatisch gelöscht, oder wie ist das geregelt? Und sind die Sicherungen gegen Löschen geschützt?',
    expect: null,
  },
  {
    name: 'EN "would you restore to the original hardware or could you spin it up on your side?" for BCM documentation',
    body: 'Quick question for our BCM documentation: how long would a full restore of our file server take? And would you restore to the original hardware or could you spin it up on your side in the meantime?',
    expect: null,
  },
  {
    name: 'R-011 DE a reply whose old subject asks to delete backups, the new text says "bitte nichts löschen"',
    subject: 'AW: Aufbewahrung kürzen + alte Sicherungen löschen',
    body: 'Danke für den Hinweis mit der Versicherung. Dann lassen wir die Aufbewahrung bei 90 Tagen, bitte nichts löschen.',
    expect: null,
  },
  {
    name: 'DE "bis zu welchem Datum könnten Sie eine Datei wiederherstellen" for the documentation',
    body: 'Für unsere Datenschutzdokumentation: bis zu welchem Datum könnten Sie im Moment eine Datei wiederherstellen, und werden E-Mails ebenfalls gesichert?',
    expect: null,
  },
  {
    name: 'DE "ob eine Wiederherstellung … noch möglich wäre … eine Rücksicherung brauchen wir aktuell nicht"',
    body: 'Wir müssen gegenüber der Kammer darlegen, ob eine Wiederherstellung von Mandantendaten auch nach 12 Monaten noch möglich wäre. Eine Rücksicherung brauchen wir aktuell nicht.',
    expect: null,
  },
  {
    name: 'EN a price question: "if a teacher deletes something by accident, can it be recovered from that backup?"',
    body: 'Femke asked me to find out what it costs to add 4 teacher laptops to the backup. Are they also backed up every night like the server, and if a teacher deletes something by accident, can it be recovered from that backup? Please send me a quote.',
    expect: null,
  },
  {
    name: 'DE a forwarded job warning: "Restore-Punkte werden laut Report ja erstellt"',
    subject: 'WG: [Warning] BRL-Daily',
    body: 'Servus Herr Peters, beim Kunden kommt seit drei Tagen die Warnung unten (CBT reset). Ist das bei euch bekannt bzw. müssen wir auf dem Host was tun? Restore-Punkte werden laut Report ja erstellt.',
    expect: null,
  },
];
