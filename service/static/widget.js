/*! medmatch chat widget. Embed with one tag:
 *   <script src="https://YOUR-MEDMATCH-HOST/widget.js" defer></script>
 * Options are data attributes on that tag: data-endpoint (default: this script's origin),
 * data-title, data-color, data-position (bottom-right | bottom-left), data-top-k, data-timeout
 * (seconds), data-contact-url (the clinic's booking or contact page, linked when a message is
 * clinic business or has no reviewed answer) and data-lang-<string> for every text (e.g.
 * data-lang-send, data-lang-not-helpful). The conversation is kept in sessionStorage (this tab,
 * until it is closed or a new conversation is started); data-remember="off" keeps it in memory only.
 * No dependencies, no build step. It renders inside a Shadow DOM, inserts all text with
 * textContent, and styles itself with a constructable stylesheet, so it works under a strict
 * Content-Security-Policy (style-src 'self'); the host page needs only script-src and
 * connect-src for this origin, and this origin must list the page's origin in cors_origins. */
(function () {
  "use strict";
  if (window.medmatchWidget) return; // included twice: keep the first

  var script = document.currentScript || [].slice.call(document.querySelectorAll("script[src]"))
    .reverse().filter(function (s) { return /\/widget\.js([?#]|$)/.test(s.src); })[0];
  var ds = (script && script.dataset) || {};

  var T = {
    title: "Ask a health question",
    open: "Ask a health question",
    close: "Close chat",
    clear: "Start a new conversation",
    intro: "Type a health question in your own words. You get an answer that a clinician or health agency has already reviewed, with its source, or we tell you that we have none.",
    stored: "This conversation stays in this browser tab until you close the tab or start a new conversation.",
    notStored: "This conversation is not saved: it is gone when you leave or reload this page.",
    confirmClear: "Start a new conversation? The conversation above, including any emergency advice, will be cleared.",
    inputLabel: "Your question",
    placeholder: "Type your question…",
    send: "Send",
    typing: "Looking for a reviewed answer…",
    you: "You asked:",
    disclaimer: "General information, not a diagnosis. In an emergency, call your local emergency number.",
    error: "Sorry, the answer service could not be reached. Please try again in a minute.",
    offline: "This device seems to be offline. Check your connection and try again.",
    timeout: "The answer service took too long to reply. Please try again.",
    unavailable: "Sorry, the answer service could not be reached. Please try again in a minute.",
    rejected: "Sorry, that question could not be used:",
    rateLimited: "You have asked many questions in a short time. Please wait {seconds} seconds, then try again.",
    rateDone: "You have asked many questions in a short time. You can try again now.",
    errorEmergency: "If this may be an emergency, call your local emergency number now.",
    charCount: "{count} of {max} characters",
    tooLong: "Your question is {count} characters; please shorten it to {max} or fewer.",
    closest: "This is the closest reviewed answer we have; it may not fit your situation.",
    retry: "Try again",
    source: "Source:",
    newTab: "(opens in a new tab)",
    reviewedBy: "Reviewed by",
    feedback: "Was this answer helpful?",
    helpful: "Helpful",
    notHelpful: "Not helpful",
    thanks: "Thanks for your feedback.",
    feedbackError: "Sorry, your feedback could not be sent. Please try again.",
    readMore: "Read more",
    readLess: "Show less",
    related: "Related questions",
    noMatch: "No reviewed answer matches",
    clinicRequest: "This is a question for the clinic",
    animal: "Please ask a vet",
    notAQuestion: "Ask us a health question",
    contact: "Contact the clinic",
    suggestions: "These reviewed questions are the closest we have:",
    emergency: "This may be an emergency",
    notNow: "Nothing like this is happening now: answer my question",
    notNowSaid: "Nothing like this is happening now.",
    spelling: "Searched with the spelling",
    youWrote: "you wrote",
    readAs: "Also searched for",
    forWords: "for"
  };
  Object.keys(T).forEach(function (k) {
    var v = ds["lang" + k.charAt(0).toUpperCase() + k.slice(1)]; // data-lang-not-helpful -> langNotHelpful
    if (typeof v === "string" && v.trim()) T[k] = v.trim();
  });
  if (ds.title && ds.title.trim()) T.title = ds.title.trim();

  function httpUrl(value, base) {
    try {
      var u = new URL(value, base);
      return u.protocol === "http:" || u.protocol === "https:" ? u : null;
    } catch (e) { return null; }
  }
  var scriptUrl = script && script.src ? httpUrl(script.src, location.href) : null;
  var endpointUrl = ds.endpoint ? httpUrl(ds.endpoint, location.href) : null;
  var ENDPOINT = endpointUrl ? endpointUrl.href.replace(/\/+$/, "") : (scriptUrl ? scriptUrl.origin : location.origin);
  var TOP_K = Math.min(20, Math.max(1, parseInt(ds.topK, 10) || 5));
  var TIMEOUT_MS = 1000 * Math.min(120, Math.max(1, parseFloat(ds.timeout) || 15));
  var LEFT = ds.position === "bottom-left";
  var CONTACT = ds.contactUrl ? httpUrl(ds.contactUrl, location.href) : null;
  var STORE_KEY = "medmatch-widget:" + ENDPOINT;
  var MAX_ITEMS = 30;
  var COLLAPSE_CHARS = 320;
  var MAX_CHARS = 2000, COUNT_FROM = 1800;
  var REMEMBER = String(ds.remember || "").trim().toLowerCase() !== "off";
  // An answer that tells when to get emergency help is never collapsed behind "Read more".
  var URGENT = /\bemergenc(y|ies)\b|\b(call|dial|phone|ring)\s+(911|999|112|000|111|an ambulance)\b|\bambulance\b|\bgo\s+(straight\s+|right\s+)?to\s+(the\s+|an?\s+|your\s+(nearest\s+|local\s+)?)?(hospital|er|a\s*&\s*e|a\s+and\s+e)\b|\bseek\s+(immediate|urgent|emergency)\b|\b(immediate|urgent)\s+medical\s+(help|attention|care)\b/i;

  var STYLES = [
    ":host{all:initial}",
    ".root{--mm-accent:#0b5cad;--mm-on-accent:#fff;--mm-link:#0b5cad;--mm-ink:#1b1f24;--mm-muted:#4f5b66;--mm-ring:#1b1f24;",
    "font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;color:var(--mm-ink);",
    "letter-spacing:normal;text-transform:none;text-align:left;direction:ltr;-webkit-font-smoothing:antialiased}",
    ".root *,.root *::before,.root *::after{box-sizing:border-box}",
    "[hidden]{display:none!important}",
    ".sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}",
    "button,textarea{font:inherit;color:inherit;margin:0}",
    "button{cursor:pointer}",
    "button:disabled{cursor:default}",
    ":focus{outline:none}",
    ":focus-visible{outline:2px solid transparent;box-shadow:0 0 0 2px #fff,0 0 0 5px var(--mm-ring)}",
    "svg{display:block;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}",
    ".launcher{position:fixed;z-index:2147483000;bottom:20px;right:20px;display:flex;align-items:center;gap:8px;",
    "min-height:52px;padding:0 20px 0 16px;border:0;border-radius:26px;background:var(--mm-accent);color:var(--mm-on-accent);",
    "font-size:15px;font-weight:600;box-shadow:0 4px 14px rgba(0,0,0,.25);transition:transform .15s ease}",
    ".launcher:hover{transform:translateY(-2px)}",
    ".launcher:focus-visible{box-shadow:0 0 0 3px #fff,0 0 0 6px var(--mm-ring),0 4px 14px rgba(0,0,0,.25)}",
    ".launcher svg{width:22px;height:22px}",
    ".launcher.is-open{padding:0;width:52px;justify-content:center}",
    ".left .launcher{right:auto;left:20px}",
    ".panel{position:fixed;z-index:2147483001;bottom:84px;right:20px;width:380px;height:min(620px,calc(100vh - 104px));",
    "display:flex;flex-direction:column;background:#fff;border:1px solid #d3d9df;border-radius:14px;overflow:hidden;",
    "box-shadow:0 12px 40px rgba(0,0,0,.22);animation:mm-in .18s ease-out}",
    ".left .panel{right:auto;left:20px}",
    "@keyframes mm-in{from{opacity:0;transform:translateY(12px)}to{opacity:1;transform:none}}",
    ".head{display:flex;align-items:center;gap:4px;padding:10px 8px 10px 16px;background:var(--mm-accent);color:var(--mm-on-accent)}",
    ".head h2{flex:1;margin:0;font-size:16px;font-weight:650;line-height:1.3}",
    ".icon{display:flex;align-items:center;justify-content:center;width:40px;height:40px;border:0;border-radius:8px;background:transparent;color:inherit}",
    ".icon:hover{background:rgba(127,127,127,.22)}",
    ".icon svg{width:20px;height:20px}",
    ".head :focus-visible{box-shadow:0 0 0 3px var(--mm-on-accent)}",
    ".log{flex:1;overflow-y:auto;overscroll-behavior:contain;padding:16px 14px;display:flex;flex-direction:column;gap:12px;background:#f6f8fa}",
    ".msg{max-width:100%;padding:12px 14px;border-radius:12px;border:1px solid #dde3e8;background:#fff;overflow-wrap:anywhere}",
    ".msg p{margin:0 0 8px}",
    ".body ul{margin:0 0 8px;padding-left:20px}",
    ".body li{margin:0 0 3px}",
    ".body .sub{font-weight:650;margin:10px 0 4px}",
    ".msg>:last-child,.msg p:last-child{margin-bottom:0}",
    ".user{align-self:flex-end;max-width:85%;background:var(--mm-accent);color:var(--mm-on-accent);border-color:transparent;border-bottom-right-radius:4px;white-space:pre-wrap}",
    ".intro{color:var(--mm-muted);background:transparent;border-style:dashed}",
    ".qtitle{font-weight:650;font-size:15px;margin:0 0 6px;line-height:1.35}",
    ".body.clamp{max-height:7.6em;overflow:hidden;-webkit-mask-image:linear-gradient(#000 55%,transparent);mask-image:linear-gradient(#000 55%,transparent)}",
    ".more,.link{display:inline;padding:2px 0;border:0;background:none;color:var(--mm-link);font-weight:600;text-decoration:underline;text-underline-offset:2px}",
    ".meta{margin:10px 0 0;padding-top:8px;border-top:1px solid #e6eaee;font-size:13px;color:var(--mm-muted)}",
    ".meta p{margin:0 0 2px}",
    ".meta a{color:var(--mm-link)}",
    ".note{font-size:13px;color:var(--mm-muted);margin-top:8px!important}",
    ".spelling{font-size:13px;color:var(--mm-muted);margin-bottom:6px!important}",
    ".caution{font-size:14px;font-weight:600;border-left:4px solid #8a5300;background:#fff8e6;padding:6px 10px;margin:0 0 8px!important}",
    ".fb{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin-top:10px;font-size:13px;color:var(--mm-muted)}",
    ".fb .lbl{flex-basis:100%}",
    ".fb button{display:inline-flex;align-items:center;gap:5px;min-height:32px;padding:3px 11px;border:1px solid #b9c2cb;border-radius:16px;background:#fff;color:var(--mm-ink);font-size:13px}",
    ".fb button svg{width:15px;height:15px}",
    ".fb button:hover:not(:disabled){border-color:var(--mm-link)}",
    ".fb button:disabled{opacity:.55}",
    ".fb button[aria-pressed=true]{opacity:1;border-color:var(--mm-link);background:#eef4fb}",
    ".fb .done{flex-basis:100%;color:#1e6b35;font-weight:600}",
    ".fb .done:empty{display:none}",
    ".list{margin-top:12px}",
    ".list h3{margin:0 0 6px;font-size:13.5px;font-weight:650;color:var(--mm-muted)}",
    ".list ul{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px}",
    ".chip{display:block;width:100%;text-align:left;padding:7px 12px;border:1px solid #c6d0da;border-radius:10px;background:#fff;color:var(--mm-link);font-size:14px;line-height:1.35}",
    ".chip:hover:not(:disabled){background:#f0f5fb;border-color:var(--mm-link)}",
    ".chip:disabled{color:var(--mm-muted)}",
    ".nomatch h3,.emergency h3{margin:0 0 6px;font-size:15px;font-weight:700}",
    ".contact a{display:inline-block;margin:2px 0 8px;padding:6px 14px;border-radius:8px;background:var(--mm-accent);",
    "color:var(--mm-on-accent);font-weight:600;text-decoration:none}",
    ".emergency{background:#fdeceb;border:2px solid #b3261e;border-left-width:6px;color:#5c0f0b}",
    ".emergency h3{display:flex;align-items:center;gap:8px;color:#8c1d18;font-size:16px}",
    ".emergency h3 svg{width:22px;height:22px;flex:none}",
    ".emergency p{font-weight:600}",
    ".error{background:#fff7e6;border-color:#e0b45a;color:#4a3200}",
    ".emergency .anyway{margin-top:10px;min-height:34px;padding:4px 12px;border:1px solid #8c1d18;border-radius:8px;background:#fff;color:#5c0f0b;font-weight:500;text-align:left}",
    ".error .retry{margin-top:8px;min-height:34px;padding:4px 14px;border:1px solid #8a6100;border-radius:8px;background:#fff;font-weight:600}",
    ".error .retry:disabled{border-style:dashed;border-color:#a39880;background:#f1ede4;color:#6b6354}",
    ".error .call{font-weight:700}",
    ".closest{font-size:13.5px;color:#4a3200;background:#fff7e6;border-left:3px solid #e0b45a;padding:4px 8px;margin:0 0 8px!important}",
    ".root [dir=auto]{text-align:start}",
    ".typing{display:flex;align-items:center;gap:10px;align-self:flex-start;color:var(--mm-muted);font-size:14px}",
    ".dots{display:flex;gap:4px}",
    ".dots i{width:7px;height:7px;border-radius:50%;background:#8a96a3;animation:mm-dot 1.2s infinite ease-in-out}",
    ".dots i:nth-child(2){animation-delay:.15s}.dots i:nth-child(3){animation-delay:.3s}",
    "@keyframes mm-dot{0%,60%,100%{transform:none;opacity:.45}30%{transform:translateY(-4px);opacity:1}}",
    ".composer{display:flex;align-items:flex-end;gap:8px;padding:10px 12px 6px;border-top:1px solid #dde3e8;background:#fff}",
    ".composer textarea{flex:1;min-width:0;min-height:42px;max-height:120px;resize:none;padding:9px 11px;border:1.5px solid #7b8794;border-radius:10px;background:#fff;font-size:16px;line-height:1.35}",
    ".composer textarea::placeholder{color:#6b7681;opacity:1}",
    ".send{display:flex;align-items:center;gap:6px;min-height:42px;padding:0 14px;border:0;border-radius:10px;background:var(--mm-accent);color:var(--mm-on-accent);font-weight:600}",
    ".send svg{width:18px;height:18px}",
    ".send:disabled{opacity:.55}",
    ".count{margin:0;padding:0 14px;font-size:13px;color:var(--mm-muted);background:#fff}",
    ".count.over{color:#a4161a;font-weight:600}",
    ".fine{margin:0;padding:2px 14px 10px;font-size:12px;line-height:1.4;color:var(--mm-muted);background:#fff}",
    "@media (max-width:480px){.panel,.left .panel{inset:0;width:100%;height:100%;max-height:none;border:0;border-radius:0}",
    ".launcher,.left .launcher{bottom:14px;right:14px}.left .launcher{right:auto;left:14px}",
    ".launcher.is-open{display:none}}",
    "@media (prefers-reduced-motion:reduce){.root *,.root *::before,.root *::after{animation:none!important;transition:none!important}",
    ".launcher:hover{transform:none}}",
    "@media (forced-colors:active){.msg,.chip,.fb button,.launcher,.send{border:1px solid CanvasText}}",
    "@media print{.root{display:none}}"
  ].join("\n");

  var ICONS = {
    chat: ["M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.5-5A8 8 0 1 1 21 12z"],
    close: ["M6 6l12 12", "M18 6L6 18"],
    reset: ["M3 12a9 9 0 1 0 3-6.7", "M3 4v5h5"],
    send: ["M4 12l16-8-6 16-2.5-6.5z"],
    up: ["M7 11v9H4v-9z", "M7 11l4-8a2 2 0 0 1 3 2l-1 5h6a2 2 0 0 1 2 2.3l-1.3 6.5A2 2 0 0 1 17.7 20H7"],
    down: ["M7 13V4H4v9z", "M7 13l4 8a2 2 0 0 0 3-2l-1-5h6a2 2 0 0 0 2-2.3l-1.3-6.5A2 2 0 0 0 17.7 4H7"],
    alert: ["M12 3l10 18H2z", "M12 10v4", "M12 17.5v.01"]
  };
  var SVGNS = "http://www.w3.org/2000/svg";
  function icon(name) {
    var svg = document.createElementNS(SVGNS, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    ICONS[name].forEach(function (d) {
      var p = document.createElementNS(SVGNS, "path");
      p.setAttribute("d", d);
      svg.appendChild(p);
    });
    return svg;
  }

  // h("p", {class: "x", text: "..."}, [children]): the only way this file builds DOM. Text is
  // always a text node; attributes are fixed names; listeners are attached, never inline.
  function h(tag, props, kids) {
    var el = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      var v = props[k];
      if (v === null || v === undefined || v === false) return;
      if (k === "text") el.textContent = v;
      else if (k === "class") el.className = v;
      else if (k.slice(0, 2) === "on") el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : String(v));
    });
    (kids || []).forEach(function (c) {
      if (c !== null && c !== undefined && c !== false) el.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return el;
  }

  function str(v, max) { return typeof v === "string" ? v.slice(0, max || 20000) : ""; }
  var uid = 0;
  function nextId(prefix) { uid += 1; return "mm-" + prefix + "-" + uid; }

  // Colour: any valid CSS colour; the text on it is black or white, whichever reads better.
  function rgbOf(color, probe) {
    probe.style.setProperty("color", color);
    var m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(getComputedStyle(probe).color);
    return m ? [+m[1], +m[2], +m[3]] : null;
  }
  function luminance(rgb) {
    var c = rgb.map(function (x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
  function contrast(l1, l2) { return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05); } // WCAG ratio

  // ---- state: the conversation, kept in sessionStorage so it survives page navigation (in
  // memory only with data-remember="off") ----
  var state = { open: false, items: [] };
  function load() {
    try {
      if (!REMEMBER) { sessionStorage.removeItem(STORE_KEY); return; }
      var saved = JSON.parse(sessionStorage.getItem(STORE_KEY) || "null");
      if (saved && Array.isArray(saved.items)) {
        state.items = saved.items.filter(function (it) { return it && typeof it === "object" && (it.t === "q" || it.t === "a"); }).slice(-MAX_ITEMS);
        state.open = saved.open === true;
      }
    } catch (e) { /* storage disabled or corrupt: start empty */ }
  }
  function save(openOverride) { // openOverride: the open state to store when it differs from the screen's
    state.items = state.items.slice(-MAX_ITEMS);
    while (state.items.length && state.items[0].t !== "q") state.items.shift();
    if (!REMEMBER) return;
    var saved = { open: typeof openOverride === "boolean" ? openOverride : state.open, items: state.items };
    try { sessionStorage.setItem(STORE_KEY, JSON.stringify(saved)); } catch (e) { /* quota or disabled */ }
  }

  // Only the fields we show are kept from a response, as plain strings.
  function toItem(data) {
    var status = data && data.status;
    if (status !== "answered" && status !== "no_match" && status !== "emergency") return null;
    var item = { t: "a", status: status, msg: str(data.message, 2000), reason: str(data.reason, 40) };
    if (typeof data.confidence === "number" && isFinite(data.confidence)) item.conf = data.confidence;
    // A message in another language starts with a line in it (API `language_line`): kept to mark it.
    if (/^[a-z]{2,3}$/.test(str(data.language, 8)) && str(data.language_line, 500)) {
      item.lang = data.language; item.line = str(data.language_line, 500);
    }
    if (data.emergency && typeof data.emergency === "object") {
      item.em = str(data.emergency.message, 2000) || item.msg;
      // Raised by the learned check, not the rules (and not a crisis): the patient may say nothing like it is
      // happening now (API `emergency.can_set_aside`).
      if (data.emergency.can_set_aside === true) item.aside = 1;
    } else if (status === "emergency") item.em = item.msg;
    var a = data.answer;
    if (status === "answered" && a && typeof a === "object") {
      answerFields(item, a, data.related);
    } else if (status === "answered") {
      return null;
    }
    item.sp = searchedPairs(data.spelling, "from", "to");
    item.ra = searchedPairs(data.read_as, "wrote", "searched");
    if (item.reason === "language") { item.sp = []; item.ra = []; } // its words were not misspelt English
    // What the answer does not cover (taking medicines together): shown apart, before the answer, and
    // left out of the note under it, which ends with the same sentence.
    item.caution = status === "answered" ? str(data.caution, 1000) : "";
    if (item.caution && item.msg && item.msg.slice(-item.caution.length) === item.caution) {
      item.msg = item.msg.slice(0, -item.caution.length).trim();
    }
    // `suggestions` leaves out far-off matches; a server older than that field sends only `matches`
    if (status === "no_match" && item.reason !== "language") {
      item.sugg = links(Array.isArray(data.suggestions) ? data.suggestions : data.matches, 3);
    }
    return item;
  }

  // Related questions and suggestions as {id, q}: a chip opens that record by its id (GET /v1/records/<id>),
  // not a search by its text, which may find another record. The first of each question text only (MedQuAD
  // repeats "What is (are) Diabetes ?" across sources).
  function links(list, max) {
    var seen = {}, out = [];
    (Array.isArray(list) ? list : []).forEach(function (r) {
      var q = str(r && (r.title || r.question), 500), key = q.toLowerCase().replace(/\s+/g, " ");
      if (!q || seen[key] || out.length >= max) return;
      seen[key] = true;
      out.push({ id: str(r.id, 200), q: q });
    });
    return out;
  }

  // What the patient wrote and what was searched instead (`spelling`: from/to; `read_as`: wrote/searched),
  // as {f, t} pairs of plain strings, at most 5.
  function searchedPairs(list, wrote, searched) {
    return (Array.isArray(list) ? list : []).map(function (p) {
      return { f: str(p && p[wrote], 100), t: str(p && p[searched], 100) };
    }).filter(function (p) { return p.f && p.t; }).slice(0, 5);
  }

  // The fields of a reviewed record we show (an answer's `answer`, or a record opened by id), onto `item`.
  function answerFields(item, a, related) {
    item.id = str(a.id, 200); item.q = str(a.title || a.question, 1000); item.text = str(a.answer); item.bl = blocks(a.blocks);
    item.source = str(a.source, 300); item.url = str(a.url, 2000);
    item.by = str(a.reviewed_by, 300); item.on = str(a.reviewed_on, 40); item.fb = null;
    item.related = links(related, 5);
    return item;
  }

  // The answer laid out for reading (the API's `blocks`: paragraphs, lists, headings), as [{p: text}] /
  // [{ul: [items]}] / [{hd: text}];
  // null when the reply has none (an older server), and the text's lines are the paragraphs.
  function blocks(list) {
    if (!Array.isArray(list) || !list.length) return null;
    var out = list.slice(0, 400).map(function (b) {
      if (b && b.type === "list" && Array.isArray(b.items)) {
        var items = b.items.slice(0, 400).map(function (i) { return str(i, 20000); }).filter(Boolean);
        return items.length ? { ul: items } : null;
      }
      var t = b && (b.type === "paragraph" || b.type === "heading") ? str(b.text, 20000) : "";
      return t ? (b.type === "heading" ? { hd: t } : { p: t }) : null;
    });
    return out.every(Boolean) ? out : null;
  }

  // A record opened from a chip (GET /v1/records/<id>), shown like an answer without a match confidence.
  function recordItem(data) {
    if (!data || typeof data !== "object" || !str(data.id, 200) || !str(data.answer)) return null;
    return answerFields({ t: "a", status: "answered", msg: str(data.message, 2000), reason: "", sp: [] }, data, data.related);
  }

  // ---- network ----
  function retryAfter(header) {
    var s = parseInt(header, 10);
    if (isNaN(s) && header) s = Math.ceil((Date.parse(header) - Date.now()) / 1000);
    return Math.min(3600, Math.max(1, isNaN(s) ? 30 : s));
  }
  function post(path, body) { return request(path, body); }
  function get(path) { return request(path, null); }
  function request(path, body) { // body null: a GET (no Content-Type, so no CORS preflight)
    var ctrl = typeof AbortController === "function" ? new AbortController() : null;
    var timedOut = false;
    var timer = setTimeout(function () { timedOut = true; if (ctrl) ctrl.abort(); }, TIMEOUT_MS);
    var done = function (result) { clearTimeout(timer); return result; };
    var init = { method: body === null ? "GET" : "POST", mode: "cors", credentials: "omit", referrerPolicy: "no-referrer",
                 signal: ctrl ? ctrl.signal : undefined };
    if (body !== null) { init.headers = { "Content-Type": "application/json" }; init.body = JSON.stringify(body); }
    return fetch(ENDPOINT + path, init).then(function (r) {
      return r.json().catch(function () { return null; }).then(function (data) {
        if (timedOut) return done({ ok: false, kind: "timeout" });
        if (r.ok && data && typeof data === "object") return done({ ok: true, data: data });
        if (r.status === 429) return done({ ok: false, kind: "rate", wait: retryAfter(r.headers.get("Retry-After")) });
        if (r.status === 413 && data && data.error && data.error.code === "question_too_long") {
          var m = /is (\d+) characters.*limit is (\d+)/.exec(str(data.error.message, 500));
          return done({ ok: false, kind: "tooLong", count: m ? +m[1] : 0, max: m ? +m[2] : MAX_CHARS });
        }
        if (r.status >= 400 && r.status < 500 && data && data.error) return done({ ok: false, kind: "rejected", status: r.status, message: str(data.error.message, 500) });
        return done({ ok: false, kind: "unavailable" });
      });
    }).catch(function () {
      return done({ ok: false, kind: timedOut ? "timeout" : navigator.onLine === false ? "offline" : "error" });
    });
  }

  // ---- DOM ----
  var host, root, launcher, panel, log, form, input, sendBtn, countEl, countLive, typingEl = null, busy = false;
  var fullScreen = window.matchMedia ? window.matchMedia("(max-width:480px)") : { matches: false };

  function build() {
    host = document.createElement("medmatch-widget");
    host.style.setProperty("all", "initial", "important"); // CSSOM, so allowed by style-src CSP
    var shadow = host.attachShadow({ mode: "open" });
    if (shadow.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === "function") {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
      shadow.adoptedStyleSheets = [sheet];
    } else {
      // Old browsers only; an inline <style> needs style-src 'unsafe-inline' on the host page.
      shadow.appendChild(h("style", { text: STYLES }));
    }
    root = h("div", { class: "root" + (LEFT ? " left" : ""), lang: "en" }); // answers and texts are English
    shadow.appendChild(root);
    document.body.appendChild(host);

    var color = ds.color && ds.color.trim();
    if (color && window.CSS && window.CSS.supports && window.CSS.supports("color", color)) {
      var rgb = rgbOf(color, root);
      root.style.removeProperty("color");
      if (rgb) {
        var lum = luminance(rgb);
        root.style.setProperty("--mm-accent", color);
        root.style.setProperty("--mm-on-accent", contrast(lum, 0) > contrast(lum, 1) ? "#000" : "#fff");
        if (contrast(lum, 1) >= 4.5) root.style.setProperty("--mm-link", color); // readable on white
      }
    }

    var panelId = nextId("panel"), titleId = nextId("title"), inputId = nextId("input"), fineId = nextId("fine"), countId = nextId("count");
    launcher = h("button", { type: "button", class: "launcher", "aria-expanded": "false", "aria-controls": panelId, onclick: toggle });
    log = h("div", { class: "log", role: "log", "aria-live": "polite", "aria-labelledby": titleId, tabindex: "-1" });
    input = h("textarea", { id: inputId, rows: "1", dir: "auto", placeholder: T.placeholder, "aria-describedby": countId + " " + fineId,
      autocomplete: "off", onkeydown: onKey, oninput: function () { autosize(); countChars(false); } });
    countEl = h("p", { id: countId, class: "count", hidden: true });
    countLive = h("span", { class: "sr", "aria-live": "polite" });
    sendBtn = h("button", { type: "submit", class: "send" }, [icon("send"), h("span", { text: T.send })]);
    form = h("form", { class: "composer", onsubmit: function (e) { e.preventDefault(); submit(); } },
      [h("label", { class: "sr", for: inputId, text: T.inputLabel }), input, sendBtn]);
    panel = h("section", { id: panelId, class: "panel", role: "dialog", "aria-modal": "false", "aria-labelledby": titleId, hidden: true },
      [h("div", { class: "head" }, [
        h("h2", { id: titleId, text: T.title }),
        h("button", { type: "button", class: "icon", "aria-label": T.clear, title: T.clear, onclick: clearConversation }, [icon("reset")]),
        h("button", { type: "button", class: "icon", "aria-label": T.close, title: T.close, onclick: function () { close(true); } }, [icon("close")])
      ]), log, form, countEl, countLive, h("p", { id: fineId, class: "fine", text: T.disclaimer })]);
    panel.addEventListener("keydown", function (e) {
      if (e.key === "Escape" || e.key === "Esc") { e.preventDefault(); close(true); }
      else if (e.key === "Tab" && fullScreen.matches) trapTab(e);
    });
    if (fullScreen.addEventListener) fullScreen.addEventListener("change", paintModal);
    else if (fullScreen.addListener) fullScreen.addListener(paintModal);
    launcher.addEventListener("keydown", function (e) { if ((e.key === "Escape" || e.key === "Esc") && state.open) close(true); });
    root.appendChild(launcher);
    root.appendChild(panel);
    paintLauncher();

    load();
    if (state.items.length) state.items.forEach(function (it) { render(it, false); });
    else showIntro();
    if (state.open) open(false);
  }

  function paintLauncher() {
    launcher.textContent = "";
    launcher.classList.toggle("is-open", state.open);
    launcher.setAttribute("aria-expanded", String(state.open));
    if (state.open) {
      launcher.appendChild(icon("close"));
      launcher.setAttribute("aria-label", T.close);
    } else {
      launcher.appendChild(icon("chat"));
      launcher.appendChild(h("span", { text: T.open }));
      launcher.removeAttribute("aria-label");
    }
  }

  // Full screen (a phone), the panel is a modal dialog: aria-modal and Tab kept inside it.
  function paintModal() { panel.setAttribute("aria-modal", String(fullScreen.matches)); }
  function trapTab(e) {
    var els = [].slice.call(panel.querySelectorAll("button, textarea, a[href]")).filter(function (el) {
      return !el.disabled && el.getClientRects().length;
    });
    if (!els.length) return;
    var first = els[0], last = els[els.length - 1], active = root.getRootNode().activeElement;
    if (e.shiftKey ? (active === first || !panel.contains(active)) : (active === last || !panel.contains(active))) {
      e.preventDefault();
      (e.shiftKey ? last : first).focus();
    }
  }

  function open(focus) {
    state.open = true;
    panel.hidden = false;
    paintModal();
    paintLauncher();
    scrollToEnd();
    if (focus) input.focus();
    save();
  }
  function close(returnFocus) {
    state.open = false;
    panel.hidden = true;
    paintLauncher();
    if (returnFocus) launcher.focus();
    save();
  }
  function toggle() { if (state.open) close(true); else open(true); }

  function scrollToEnd() { log.scrollTop = log.scrollHeight; }
  function reveal(el) {
    // Scroll towards the end, but never past the start of the new answer: long answers are
    // read from the top.
    var toStart = el.getBoundingClientRect().top - log.getBoundingClientRect().top - 10;
    var toEnd = log.scrollHeight - log.clientHeight - log.scrollTop;
    log.scrollTop += Math.max(0, Math.min(toStart, toEnd));
  }
  function autosize() {
    input.style.setProperty("height", "auto");
    input.style.setProperty("height", Math.min(input.scrollHeight + 3, 120) + "px");
  }

  function showIntro() {
    log.appendChild(h("div", { class: "msg intro" }, [h("p", { text: T.intro }), h("p", { text: REMEMBER ? T.stored : T.notStored })]));
  }

  function clearConversation() {
    if (busy) return;
    var asked = state.items.filter(function (it) { return it.t === "q"; }).length;
    var emergency = state.items.some(function (it) { return it.em; });
    if ((emergency || asked > 1) && !window.confirm(T.confirmClear)) return;
    state.items = [];
    save();
    log.textContent = "";
    showIntro();
    input.focus();
  }

  function onKey(e) {
    if (e.key !== "Enter" || e.shiftKey || e.isComposing || e.keyCode === 229) return;
    e.preventDefault(); // Enter sends; Shift+Enter is a new line
    if (e.repeat) return; // a held key must not send twice
    submit();
  }

  function chars(text) { return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, "_").length; } // code points, as the API counts
  function fill(template, count, max) {
    return template.replace("{count}", count.toLocaleString("en-US")).replace("{max}", max.toLocaleString("en-US"));
  }
  // A live count from COUNT_FROM characters; above MAX_CHARS a message, and the question is not sent.
  var announceTimer = null;
  function countChars(now) {
    var n = chars(input.value.trim()), over = n > MAX_CHARS;
    var text = n > COUNT_FROM ? fill(over ? T.tooLong : T.charCount, n, MAX_CHARS) : "";
    countEl.hidden = !text;
    countEl.textContent = text;
    countEl.classList.toggle("over", over);
    if (over) input.setAttribute("aria-invalid", "true"); else input.removeAttribute("aria-invalid");
    clearTimeout(announceTimer); // screen readers hear the count once typing pauses, not at every key
    announceTimer = setTimeout(function () { countLive.textContent = text; }, now ? 0 : 900);
    return !over;
  }

  function submit() {
    if (busy) return;
    var question = input.value.trim();
    if (!question) { input.focus(); return; }
    if (!countChars(true)) { input.focus(); return; }
    input.value = "";
    autosize();
    countChars(true);
    ask(question, false);
  }

  function setBusy(on) {
    busy = on;
    sendBtn.disabled = on;
    form.setAttribute("aria-busy", String(on));
    if (on) {
      typingEl = h("div", { class: "msg typing" }, [h("span", { class: "dots", "aria-hidden": "true" }, [h("i"), h("i"), h("i")]), h("span", { text: T.typing })]);
      log.appendChild(typingEl);
      scrollToEnd();
    } else if (typingEl) {
      typingEl.remove();
      typingEl = null;
    }
  }

  // moveFocus: asked from a chip or "Try again"; the input gets the focus once the reply is shown.
  function ask(question, isRetry, moveFocus) {
    if (busy) return;
    var intro = log.querySelector(".intro");
    if (intro) intro.remove();
    var shadowFocus = root.getRootNode().activeElement;
    if (!isRetry) {
      log.appendChild(userBubble(question));
    }
    if (shadowFocus === sendBtn || isRetry) input.focus(); // the send button is about to be disabled; "Try again" is gone
    setBusy(true);
    post("/v1/ask", { question: question, top_k: TOP_K }).then(function (res) {
      reply(res, res.ok ? toItem(res.data) : null, question, moveFocus, function () { ask(question, true, true); });
    });
  }

  // A related question or a suggestion: its record, by id. (Stored before ids were kept: asked by its text.)
  function openRecord(link, isRetry) {
    if (!link.id) { ask(link.q, false, true); return; }
    if (busy) return;
    if (!isRetry) log.appendChild(userBubble(link.q));
    input.focus();
    setBusy(true);
    get("/v1/records/" + encodeURIComponent(link.id)).then(function (res) {
      if (!res.ok && res.status === 404) { // gone since the chip was shown (a new index): ask by its text
        setBusy(false);
        ask(link.q, true, true);
        return;
      }
      reply(res, res.ok ? recordItem(res.data) : null, link.q, true, function () { openRecord(link, true); });
    });
  }

  // Under an alarm of the learned check: the patient says nothing like it is happening now, and the same
  // question is asked again with no_emergency_now (a rule's alarm only where the API says can_set_aside: the writer
  // names a condition that explains the signs, such as panic attacks for a breathing alarm).
  function askAnyway(item, button, isRetry) {
    var asked = str(item.asked, 2000);
    if (busy || !asked) return;
    if (button) button.remove();
    if (!isRetry) log.appendChild(userBubble(T.notNowSaid));
    input.focus();
    setBusy(true);
    post("/v1/ask", { question: asked, top_k: TOP_K, no_emergency_now: true }).then(function (res) {
      // Only an answer uses the offer up: after a failed try the stored alarm keeps its button (a reload shows it).
      if (res.ok) { item.aside = 0; delete item.asked; }
      reply(res, res.ok ? toItem(res.data) : null, T.notNowSaid, true, function () { askAnyway(item, null, true); });
    });
  }

  function reply(res, item, question, moveFocus, again) {
    setBusy(false);
    if (res.ok && !item) res = { ok: false, kind: "unavailable" };
    if (!res.ok) { showError(res, question, again); if (moveFocus) input.focus(); return; }
    if (item.aside) item.asked = question.slice(0, 2000); // to ask again with no_emergency_now
    state.items.push({ t: "q", text: question.slice(0, 2000) }, item);
    save();
    reveal(render(item, true));
    if (moveFocus) input.focus();
  }

  // The question's direction is its own (an Arabic question reads right to left); the hidden
  // "You asked:" has dir="ltr" so that it does not decide it.
  function userBubble(text) {
    return h("div", { class: "msg user", dir: "auto" }, [h("span", { class: "sr", dir: "ltr", text: T.you + " " }), text]);
  }

  function showError(res, question, again) {
    var text = T[res.kind] || T.error, para = h("p", { text: text });
    var rate = res.kind === "rate", rejected = res.kind === "rejected" || res.kind === "tooLong";
    if (rate) { // the seconds count down on screen; a screen reader hears the first and the last message
      var seen = h("span", { "aria-hidden": "true" }), heard = h("span", { class: "sr" });
      seen.textContent = heard.textContent = T.rateLimited.replace("{seconds}", String(res.wait));
      para = h("p", null, [seen, heard]);
    }
    if (res.kind === "tooLong") {
      para = h("p", { text: fill(T.tooLong, res.count || chars(question), res.max || MAX_CHARS) });
      if (!input.value.trim()) { input.value = question; autosize(); countChars(true); } // to shorten, not retype
    }
    var kids = [para];
    if (res.kind === "rejected" && res.message) kids.push(h("p", { text: res.message }));
    kids.push(h("p", { class: "call", text: T.errorEmergency }));
    var box = h("div", { class: "msg error" }, kids);
    if (!rejected) {
      var retry = h("button", { type: "button", class: "retry", text: T.retry, onclick: function () {
        if (busy) return;
        box.remove();
        again();
      } });
      if (rate) {
        retry.disabled = true;
        var left = res.wait, tick = setInterval(function () {
          left -= 1;
          if (left > 0) { seen.textContent = T.rateLimited.replace("{seconds}", String(left)); return; }
          clearInterval(tick);
          seen.textContent = heard.textContent = T.rateDone;
          retry.disabled = false;
        }, 1000);
      }
      box.appendChild(retry);
    }
    log.appendChild(box);
    scrollToEnd();
  }

  // ---- rendering one stored item; returns the first element added ----
  function render(item, live) {
    if (item.t === "q") {
      var q = userBubble(str(item.text, 2000));
      log.appendChild(q);
      return q;
    }
    var first = null;
    function add(el) { log.appendChild(el); if (!first) first = el; }
    if (item.em) { // emergencies first, loud, and announced at once
      var box = h("div", { class: "msg emergency", role: live ? "alert" : null },
        [h("h3", null, [icon("alert"), h("span", { text: T.emergency })])].concat(marked(item.em, item)));
      if (item.aside && str(item.asked, 2000)) {
        var anyway = h("button", { type: "button", class: "anyway", text: T.notNow,
                                   onclick: function () { askAnyway(item, anyway, false); } });
        box.appendChild(anyway);
      }
      add(box);
    }
    if (item.status === "answered") add(renderAnswer(item));
    else if (item.status === "no_match") add(renderNoMatch(item));
    return first;
  }

  function dateText(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return iso;
    try {
      return new Date(+m[1], +m[2] - 1, +m[3]).toLocaleDateString(document.documentElement.lang || undefined,
        { year: "numeric", month: "long", day: "numeric" });
    } catch (e) { return iso; }
  }

  function questionList(heading, questions) {
    // a conversation stored by an older widget holds plain question texts
    var entries = questions.map(function (x) { return typeof x === "string" ? { id: "", q: x } : x; })
      .filter(function (x) { return x && typeof x.q === "string" && x.q; });
    if (!entries.length) return null;
    var hid = nextId("list");
    return h("div", { class: "list" }, [
      h("h3", { id: hid, text: heading }),
      h("ul", { "aria-labelledby": hid }, entries.map(function (link) {
        return h("li", null, [h("button", { type: "button", class: "chip", text: link.q, onclick: function () { openRecord(link, false); } })]);
      }))
    ]);
  }

  // What was searched, so the patient sees it: "Searched with the spelling diabetes (you wrote
  // diabetis)."; "Also searched for hypothyroidism (for "low thyroid")." for a lay phrase's medical name.
  function searchedNote(pairs, label, joiner) {
    if (!pairs || !pairs.length) return null;
    return h("p", { class: "spelling", text: label + " " + pairs.map(function (p) {
      return p.t + " (" + joiner + " \u201c" + p.f + "\u201d)";
    }).join(", ") + "." });
  }
  function spellingNote(item) { return searchedNote(item.sp, T.spelling, T.youWrote); }
  function readAsNote(item) { return searchedNote(item.ra, T.readAs, T.forWords); }

  function renderAnswer(item) {
    var text = str(item.text);
    var bodyId = nextId("answer");
    // (item.bl may come back from sessionStorage: read as untrusted as the reply was)
    var parts = Array.isArray(item.bl) ? item.bl
      : text.split(/\n+/).filter(function (p) { return p.trim(); }).map(function (p) { return { p: p }; });
    var body = h("div", { id: bodyId, class: "body" }, parts.map(function (b) {
      if (b && Array.isArray(b.ul)) return h("ul", null, b.ul.map(function (i) { return h("li", { text: str(i) }); }));
      if (b && typeof b.hd === "string") return h("p", { class: "sub", text: str(b.hd) });
      return h("p", { text: str(b && b.p) });
    }));
    var more = null;
    if (text.length > COLLAPSE_CHARS && !URGENT.test(text)) {
      body.classList.add("clamp");
      more = h("button", { type: "button", class: "more", "aria-expanded": "false", "aria-controls": bodyId, text: T.readMore });
      more.addEventListener("click", function () {
        var expanded = more.getAttribute("aria-expanded") !== "true";
        more.setAttribute("aria-expanded", String(expanded));
        body.classList.toggle("clamp", !expanded);
        more.textContent = expanded ? T.readLess : T.readMore;
      });
    }
    var link = item.url ? httpUrl(item.url) : null;
    var sourceText = item.source || (link ? link.hostname : "");
    var meta = h("div", { class: "meta" }, [
      sourceText ? h("p", null, [T.source + " ", link
        ? h("a", { href: link.href, target: "_blank", rel: "noopener noreferrer" }, [sourceText, h("span", { class: "sr", text: " " + T.newTab })])
        : sourceText]) : null,
      item.by ? h("p", null, [T.reviewedBy + " " + item.by + (item.on ? ", " : ""),
        item.on ? h("time", { datetime: item.on, text: dateText(item.on) }) : null]) : null
    ]);
    return h("article", { class: "msg answer", "aria-label": item.q || null }, [
      spellingNote(item),
      readAsNote(item),
      typeof item.conf === "number" && item.conf < 0.5 ? h("p", { class: "closest", text: T.closest }) : null,
      item.q ? h("p", { class: "qtitle", text: item.q }) : null,
      item.caution ? h("p", { class: "caution", role: "note", text: item.caution }) : null,
      body, more, meta
    ].concat(item.msg ? marked(item.msg, item, "note") : [], [
      item.id ? feedbackRow(item) : null,
      questionList(T.related, item.related || [])
    ]));
  }

  function feedbackRow(item) {
    var done = h("span", { class: "done", role: "status", tabindex: "-1" });
    var yes = h("button", { type: "button", "aria-pressed": "false" }, [icon("up"), h("span", { text: T.helpful })]);
    var no = h("button", { type: "button", "aria-pressed": "false" }, [icon("down"), h("span", { text: T.notHelpful })]);
    var lid = nextId("fb");
    function mark(helpful) {
      yes.disabled = no.disabled = true;
      (helpful ? yes : no).setAttribute("aria-pressed", "true");
      done.textContent = T.thanks;
    }
    function send(helpful) {
      if (yes.disabled) return;
      yes.disabled = no.disabled = true;
      post("/v1/feedback", { record_id: item.id, helpful: helpful }).then(function (res) {
        if (res.ok) {
          item.fb = helpful;
          save();
          mark(helpful);
        } else {
          yes.disabled = no.disabled = false;
          done.textContent = T.feedbackError;
        }
        done.focus(); // the clicked button is disabled now; keep keyboard users in place
      });
    }
    yes.addEventListener("click", function () { send(true); });
    no.addEventListener("click", function () { send(false); });
    var row = h("div", { class: "fb", role: "group", "aria-labelledby": lid },
      [h("span", { id: lid, class: "lbl", text: T.feedback }), yes, no, done]);
    if (item.fb === true || item.fb === false) mark(item.fb);
    return row;
  }

  // A message as paragraphs; the line in the writer's language is a paragraph of its own, first,
  // marked with its lang (screen readers read it as such) and its own direction.
  function marked(text, item, cls) {
    if (!item.lang || !item.line || text.indexOf(item.line) !== 0) return [h("p", { class: cls, text: text })];
    var rest = text.slice(item.line.length).trim();
    return [h("p", { class: cls, lang: item.lang, dir: "auto", text: item.line }), rest ? h("p", { class: cls, text: rest }) : null];
  }

  function renderNoMatch(item) {
    var animal = item.reason === "animal";
    var contact = CONTACT && !animal
      ? h("p", { class: "contact" }, [h("a", { href: CONTACT.href, target: "_top", text: T.contact,
        onclick: function () { save(false); } })]) : null; // the panel must not reopen over the clinic's page
    return h("div", { class: "msg nomatch" }, [
      spellingNote(item),
      readAsNote(item),
      h("h3", { text: item.reason === "clinic_request" ? T.clinicRequest : animal ? T.animal
        : item.reason === "not_a_question" ? T.notAQuestion : T.noMatch })
    ].concat(item.msg ? marked(item.msg, item) : [], [
      contact,
      questionList(T.suggestions, item.sugg || [])
    ]));
  }

  window.medmatchWidget = {
    open: function () { if (root) open(true); },
    close: function () { if (root) close(false); }
  };
  if (document.body) build();
  else document.addEventListener("DOMContentLoaded", build);
})();
