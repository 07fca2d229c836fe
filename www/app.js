// The demo page: a host of <keurmerk-verifier> (../pkg/keurmerk-verifier.js), as an HR portal would
// embed it. It pins the demo operator key, hands the demo status list to the widget as an offline
// document, offers sample credentials, and switches language and view. All the verifying is the
// widget's; this file only fetches the demo's own files.
import '../pkg/keurmerk-verifier.js';

// Demo material made by scripts/make-demo.sh with the keurmerk CLI (fictional issuers).
const SAMPLES = [
  ['mbo-zorgtechnologie.json', { en: 'Valid: VET (MBO) college', nl: 'Geldig: mbo-instelling', de: 'Gültig: Berufsschule (MBO)', fr: 'Valide : établissement d’enseignement professionnel (MBO)' }],
  ['hbo-data-analyse.json', { en: 'Valid: university of applied sciences (did:web)', nl: 'Geldig: hogeschool (did:web)', de: 'Gültig: Hochschule für angewandte Wissenschaften (did:web)', fr: 'Valide : haute école (did:web)' }],
  ['de-robotik.jwt', { en: 'Valid: German issuer, JWT', nl: 'Geldig: Duitse uitgever, JWT', de: 'Gültig: deutscher Aussteller, JWT', fr: 'Valide : émetteur allemand, JWT' }],
  ['be-duurzaam-bouwen.json', { en: 'Valid: Belgian issuer', nl: 'Geldig: Belgische uitgever', de: 'Gültig: belgischer Aussteller', fr: 'Valide : émetteur belge' }],
  ['mbo-badge.png', { en: 'Baked PNG badge', nl: 'Badge-afbeelding (PNG)', de: 'Badge-Bild (PNG) mit eingebettetem Nachweis', fr: 'Image de badge (PNG) avec attestation intégrée' }],
  ['mbo-tampered-level.json', { en: 'Tampered: level raised after signing', nl: 'Vervalst: niveau achteraf verhoogd', de: 'Manipuliert: Niveau nach dem Signieren erhöht', fr: 'Falsifié : niveau relevé après la signature' }],
  ['mbo-expired.json', { en: 'Expired', nl: 'Verlopen', de: 'Abgelaufen', fr: 'Expiré' }],
  ['unknown-issuer.json', { en: 'Unknown issuer', nl: 'Onbekende uitgever', de: 'Unbekannter Aussteller', fr: 'Émetteur inconnu' }],
  ['withdrawn-issuer.json', { en: 'Issuer withdrawn from the list', nl: 'Uitgever van de lijst gehaald', de: 'Aussteller von der Liste gestrichen', fr: 'Émetteur retiré de la liste' }],
  ['mbo-revoked.json', { en: 'Revoked', nl: 'Ingetrokken', de: 'Widerrufen', fr: 'Révoqué' }],
  ['mbo-status-unknown.json', { en: 'Revocation not checkable', nl: 'Intrekking niet te controleren', de: 'Widerruf nicht prüfbar', fr: 'Révocation non vérifiable' }],
];

// Formats beside Open Badges 3.0 (scripts/make-demo.py): Open Badges 2.0 hosted badges, answered
// by this page's resolver for the library's site only, and an SD-JWT VC from an EU wallet.
const FORMAT_SAMPLES = [
  ['ob2-bibliotheek.json', { en: 'Open Badges 2.0, hosted: looked up at the issuer', nl: 'Open Badges 2.0, gehost: opgezocht bij de uitgever', de: 'Open Badges 2.0, gehostet: beim Aussteller abgerufen', fr: 'Open Badges 2.0, hébergé : consulté auprès de l’émetteur' }],
  ['ob2-bibliotheek-ingetrokken.json', { en: 'Open Badges 2.0, hosted: revoked (410 Gone)', nl: 'Open Badges 2.0, gehost: ingetrokken (410 Gone)', de: 'Open Badges 2.0, gehostet: widerrufen (410 Gone)', fr: 'Open Badges 2.0, hébergé : révoqué (410 Gone)' }],
  ['ob2-sportclub.json', { en: 'Open Badges 2.0, hosted: issuer not reachable', nl: 'Open Badges 2.0, gehost: uitgever niet bereikbaar', de: 'Open Badges 2.0, gehostet: Aussteller nicht erreichbar', fr: 'Open Badges 2.0, hébergé : émetteur injoignable' }],
  ['wallet-leerresultaat.sd-jwt', { en: 'EU wallet: SD-JWT VC learning credential', nl: 'EU-wallet: SD-JWT VC-leerresultaat', de: 'EU-Wallet: Lernnachweis als SD-JWT VC', fr: 'Portefeuille européen : attestation d’apprentissage SD-JWT VC' }],
  ['europass-micro-credential.jsonld', { en: 'Real: a Europass micro-credential sealed with JAdES (the Commission’s sample, an expired test seal)', nl: 'Echt: een Europass-microcredential met een JAdES-zegel (voorbeeld van de Commissie, een verlopen testzegel)', de: 'Echt: ein Europass-Microcredential mit JAdES-Siegel (Beispiel der Kommission, ein abgelaufenes Testsiegel)', fr: 'Réel : une micro-certification Europass scellée en JAdES (exemple de la Commission, un cachet de test expiré)' }],
  ['dcc-test-credential.json', { en: 'Real: a DCC test credential, its issuer imported from the DCC community registry', nl: 'Echt: een testcredential van het DCC, de uitgever overgenomen uit het DCC-communityregister', de: 'Echt: ein Testnachweis des DCC, sein Aussteller aus dem DCC-Community-Register übernommen', fr: 'Réel : une attestation de test du DCC, son émetteur importé du registre communautaire du DCC' }],
];

const WORDS = {
  en: {
    skip: 'Skip to the verifier', tagline: 'A demo of the <keurmerk-verifier> web component, with fictional issuers.',
    language: 'Language', view: 'View as', recruiter: 'Employer', learner: 'Learner', verifier: 'Verify credentials',
    samples: 'Try a sample', 'samples-hint': 'Fictional issuers, made with the keurmerk command line. Each button hands the file to the widget as if it were dropped.',
    formats: 'Other formats real issuers use',
    'formats-hint': "Open Badges 2.0 badges live on the issuer's website: this page answers the widget's questions for the library's site (its resolver) and not for the sports club's. The wallet credential is an SD-JWT VC, as EU wallets hold them. The last one is real: the Digital Credentials Consortium's test credential, vouched for by the demo list, to which the operator added the DCC community registry with the keurmerk command line (trust-list import, merge).",
    all: 'All samples at once', embed: 'Put it on your own page', 'embed-hint': "Copy the package's files (pkg/) to your site, then:",
    'embed-csp': "It works under Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data: (for badge images from the file itself). No inline script or style is needed.",
    footer: 'Verification runs entirely in this page (WebAssembly in a Web Worker). Keurmerk never sends the credential anywhere.',
  },
  nl: {
    skip: 'Direct naar de verifier', tagline: 'Een demo van de webcomponent <keurmerk-verifier>, met fictieve uitgevers.',
    language: 'Taal', view: 'Bekijk als', recruiter: 'Werkgever', learner: 'Lerende', verifier: 'Credentials controleren',
    samples: 'Probeer een voorbeeld', 'samples-hint': 'Fictieve uitgevers, gemaakt met de keurmerk-opdrachtregel. Elke knop geeft het bestand aan de widget alsof het erin was gesleept.',
    formats: 'Andere formaten die echte uitgevers gebruiken',
    'formats-hint': 'Open Badges 2.0-badges staan op de website van de uitgever: deze pagina beantwoordt de vragen van de widget voor de site van de bibliotheek (haar resolver), niet voor die van de sportclub. Het wallet-credential is een SD-JWT VC, zoals EU-wallets ze bewaren. De laatste is echt: het testcredential van het Digital Credentials Consortium, waarvoor de demolijst instaat, waaraan de beheerder met de keurmerk-opdrachtregel het DCC-communityregister heeft toegevoegd (trust-list import, merge).',
    all: 'Alle voorbeelden tegelijk', embed: 'Zet hem op je eigen pagina', 'embed-hint': 'Kopieer de bestanden van het pakket (pkg/) naar je site, en dan:',
    'embed-csp': "Hij werkt onder Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data: (voor badge-afbeeldingen uit het bestand zelf). Inline script of style is niet nodig.",
    footer: 'De controle gebeurt helemaal in deze pagina (WebAssembly in een Web Worker). Keurmerk stuurt het credential nergens heen.',
  },
  de: {
    skip: 'Direkt zur Prüfung', tagline: 'Eine Demo der Webkomponente <keurmerk-verifier>, mit fiktiven Ausstellern.',
    language: 'Sprache', view: 'Ansicht als', recruiter: 'Arbeitgeber', learner: 'Lernende', verifier: 'Nachweise prüfen',
    samples: 'Beispiel ausprobieren', 'samples-hint': 'Fiktive Aussteller, erstellt mit der keurmerk-Kommandozeile. Jede Schaltfläche übergibt die Datei an das Widget, als wäre sie hineingezogen worden.',
    formats: 'Weitere Formate, die echte Aussteller verwenden',
    'formats-hint': 'Badges im Format Open Badges 2.0 liegen auf der Website des Ausstellers: Diese Seite beantwortet die Anfragen des Widgets für die Website der Bibliothek (ihr Resolver), nicht aber für die des Sportvereins. Der Wallet-Nachweis ist ein SD-JWT VC, wie EU-Wallets sie speichern. Der letzte ist echt: der Testnachweis des Digital Credentials Consortium, bestätigt durch die Demoliste, der der Betreiber mit der keurmerk-Kommandozeile das DCC-Community-Register hinzugefügt hat (trust-list import, merge).',
    all: 'Alle Beispiele auf einmal', embed: 'Auf der eigenen Seite einbinden', 'embed-hint': 'Kopieren Sie die Dateien des Pakets (pkg/) auf Ihre Website, dann:',
    'embed-csp': "Das Widget funktioniert unter Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data: (für Badge-Bilder aus der Datei selbst). Inline-Skripte oder -Styles sind nicht nötig.",
    footer: 'Die Prüfung läuft vollständig auf dieser Seite (WebAssembly in einem Web Worker). Keurmerk sendet den Nachweis nirgendwohin.',
  },
  fr: {
    skip: 'Aller au vérificateur', tagline: 'Une démonstration du composant web <keurmerk-verifier>, avec des émetteurs fictifs.',
    language: 'Langue', view: 'Voir en tant que', recruiter: 'Employeur', learner: 'Apprenant', verifier: 'Vérifier des attestations',
    samples: 'Essayer un exemple', 'samples-hint': 'Émetteurs fictifs, créés avec la ligne de commande keurmerk. Chaque bouton transmet le fichier au widget comme s’il y avait été déposé.',
    formats: 'Autres formats utilisés par de vrais émetteurs',
    'formats-hint': 'Les badges Open Badges 2.0 se trouvent sur le site de l’émetteur : cette page répond aux requêtes du widget pour le site de la bibliothèque (son résolveur), mais pas pour celui du club sportif. L’attestation du portefeuille est un SD-JWT VC, le format des portefeuilles européens. La dernière est réelle : l’attestation de test du Digital Credentials Consortium, garantie par la liste de démonstration, à laquelle l’opérateur a ajouté le registre communautaire du DCC avec la ligne de commande keurmerk (trust-list import, merge).',
    all: 'Tous les exemples à la fois', embed: 'L’intégrer à votre propre page', 'embed-hint': 'Copiez les fichiers du paquet (pkg/) sur votre site, puis :',
    'embed-csp': "Le widget fonctionne avec Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data: (pour les images de badge tirées du fichier lui-même). Aucun script ni style en ligne n’est nécessaire.",
    footer: 'La vérification se fait entièrement dans cette page (WebAssembly dans un Web Worker). Keurmerk n’envoie l’attestation nulle part.',
  },
};

const $ = (sel) => document.querySelector(sel);
const demo = (name) => fetch(new URL(`demo/${name}`, import.meta.url));
const verifier = $('#verifier');

async function sampleFile(name) {
  const blob = await (await demo(name)).blob();
  return new File([blob], name, { type: blob.type });
}

function applyLanguage(lang) {
  document.documentElement.lang = lang; // the widget follows the page's language
  $('#lang').value = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = WORDS[lang][node.dataset.i18n];
  const button = ([file, label]) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.sample = file;
    b.textContent = label[lang];
    b.addEventListener('click', async () => verifier.verifyFiles([await sampleFile(file)]));
    return b;
  };
  const buttons = SAMPLES.map(button);
  $('#format-list').replaceChildren(...FORMAT_SAMPLES.map(button).map((b) => {
    const li = document.createElement('li');
    li.append(b);
    return li;
  }));
  const all = document.createElement('button');
  all.type = 'button';
  all.dataset.sample = '*';
  all.className = 'all';
  all.textContent = WORDS[lang].all;
  all.addEventListener('click', async () => verifier.verifyFiles(await Promise.all(SAMPLES.map(([f]) => sampleFile(f)))));
  $('#sample-list').replaceChildren(...[...buttons, all].map((b) => {
    const li = document.createElement('li');
    li.append(b);
    return li;
  }));
}

// The host pins the operator key of the demo trust list, and supplies ROC Voorbeeldstad's status
// list as a document the widget may use offline.
const [operator, statusDocs, hosted] = await Promise.all([
  demo('operator.json').then((r) => r.json()),
  demo('status-documents.json').then((r) => r.json()),
  demo('hosted-documents.json').then((r) => r.json()),
]);
verifier.setAttribute('trust-anchors', operator.publicKeyMultibase);
verifier.documents = Object.fromEntries(await Promise.all(
  Object.entries(statusDocs).map(async ([url, file]) => [url, await demo(file).then((r) => r.text())]),
));

// The host's resolver, as a portal might offer one: it answers for the documents of the library's
// (fictional) badge site from this demo's files — a 410 Gone where the library revoked a badge — and
// for nothing else, so the sports club's badge stays "check at the issuer".
verifier.resolver = async (url) => {
  const entry = Object.hasOwn(hosted, url) ? hosted[url] : null;
  if (entry === null) return null;
  if (typeof entry === 'object') return new Response(await demo(entry.file).then((r) => r.text()), { status: entry.status });
  return demo(entry);
};

// The page's language: ?lang= if given, else the browser's; by prefix (nl-BE, de-AT, fr-BE), else English.
const params = new URLSearchParams(location.search);
const known = (code) => {
  const base = String(code ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return Object.hasOwn(WORDS, base) ? base : 'en';
};
applyLanguage(known(params.get('lang') ?? navigator.language));
$('#lang').addEventListener('change', (e) => applyLanguage(e.currentTarget.value));
const setMode = (mode) => {
  verifier.setAttribute('mode', mode);
  for (const r of document.querySelectorAll('input[name="mode"]')) r.checked = r.value === mode;
};
if (params.get('mode') === 'learner') setMode('learner');
for (const r of document.querySelectorAll('input[name="mode"]')) r.addEventListener('change', (e) => setMode(e.currentTarget.value));

await verifier.ready;
document.body.dataset.ready = 'true';
