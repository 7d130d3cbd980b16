#!/usr/bin/env node
// citation-oracle: render CSL-JSON items with citeproc-js (the CSL processor
// used by Zotero and Mendeley) as an independent reference for evidence-bot's
// own citation output.
//
// Usage: node render.js ITEMS.json OUT.json [--styles-dir DIR] [--locale KEY=LANG]...
//                       [--items-for KEY=FILE]...
//
// --items-for gives one style the items as that style is given them (evidence-bot's
// `export --format csl-json --for-style KEY`); the other styles read ITEMS.json.
//
// Every item is rendered on its own: a fresh citeproc engine is built for
// each (item, style) pair with only that item registered, so numeric styles
// always number it 1 and no cross-item disambiguation happens.
"use strict";

const fs = require("fs");
const path = require("path");
const CSL = require("citeproc");

// The style and locale files the bot embeds.
const DEFAULT_STYLES_DIR = path.join(__dirname, "..", "..", "crates", "core", "csl");

// key -> CSL file and the locale to use when the style itself declares no
// default-locale. A style's own default-locale always wins (citeproc's rule
// when the engine's `lang` argument is given without `forceLang`).
const STYLES = {
  apa: { file: "apa.csl", fallbackLocale: "en-US" },
  harvard: { file: "harvard-cite-them-right.csl", fallbackLocale: "en-GB" },
  vancouver: { file: "nlm-citation-sequence.csl", fallbackLocale: "en-US" },
};

function usage(msg) {
  if (msg) process.stderr.write(`error: ${msg}\n`);
  process.stderr.write(
    "usage: node render.js ITEMS.json OUT.json [--styles-dir DIR] [--locale KEY=LANG]... [--items-for KEY=FILE]...\n" +
      "  --styles-dir DIR   folder with the .csl styles and locales-*.xml (default " +
      DEFAULT_STYLES_DIR +
      ")\n" +
      "  --locale KEY=LANG  fallback locale for style KEY (apa|harvard|vancouver) when the\n" +
      "                     style declares no default-locale (a declared one always wins)\n"
  );
  process.exit(2);
}

function parseArgs(argv) {
  const positional = [];
  let stylesDir = DEFAULT_STYLES_DIR;
  const localeOverrides = {};
  const itemsFor = {};
  const addItems = (v) => {
    const m = /^([a-z]+)=(.+)$/.exec(v || "");
    if (!m || !STYLES[m[1]]) usage(`bad --items-for value ${v}`);
    itemsFor[m[1]] = m[2];
  };
  const addLocale = (v) => {
    const m = /^([a-z]+)=([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)$/.exec(v || "");
    if (!m || !STYLES[m[1]]) usage(`bad --locale value ${v}`);
    localeOverrides[m[1]] = m[2];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--styles-dir") {
      if (i + 1 >= argv.length) usage("--styles-dir needs a value");
      stylesDir = argv[++i];
    } else if (a.startsWith("--styles-dir=")) {
      stylesDir = a.slice("--styles-dir=".length);
    } else if (a === "--locale") {
      addLocale(argv[++i]);
    } else if (a.startsWith("--locale=")) {
      addLocale(a.slice("--locale=".length));
    } else if (a === "--items-for") {
      addItems(argv[++i]);
    } else if (a.startsWith("--items-for=")) {
      addItems(a.slice("--items-for=".length));
    } else if (a === "-h" || a === "--help") {
      usage();
    } else if (a.startsWith("--")) {
      usage(`unknown option ${a}`);
    } else {
      positional.push(a);
    }
  }
  if (positional.length !== 2) usage("expected ITEMS.json and OUT.json");
  return {
    itemsPath: positional[0],
    outPath: positional[1],
    stylesDir,
    localeOverrides,
    itemsFor,
  };
}

function citeprocVersion() {
  const pkg = JSON.parse(
    fs.readFileSync(require.resolve("citeproc/package.json"), "utf8")
  );
  return pkg.version;
}

// Value of the root <style> element's default-locale attribute, or null.
function styleDefaultLocale(styleXml) {
  const m = /<style\b[^>]*>/.exec(styleXml);
  if (!m) return null;
  const a = /\sdefault-locale\s*=\s*"([^"]*)"/.exec(m[0]);
  return a ? a[1] : null;
}

function loadLocales(stylesDir) {
  const locales = {};
  for (const f of fs.readdirSync(stylesDir)) {
    const m = /^locales-(.+)\.xml$/.exec(f);
    if (m) locales[m[1]] = fs.readFileSync(path.join(stylesDir, f), "utf8");
  }
  if (!locales["en-US"]) {
    throw new Error(`${stylesDir}/locales-en-US.xml is required by citeproc`);
  }
  return locales;
}

function stripTrailingNewline(s) {
  return s.replace(/\n$/, "");
}

// Render one item in one style with a fresh engine.
function renderOne(item, styleXml, lang, locales) {
  const id = String(item.id);
  const sys = {
    retrieveLocale: (l) => locales[l],
    retrieveItem: (wanted) => {
      if (String(wanted) !== id) throw new Error(`unexpected item ${wanted}`);
      return item;
    },
  };
  const engine = new CSL.Engine(sys, styleXml, lang);
  const usedLocale = engine.opt["default-locale"][0];
  engine.updateItems([id]);

  const out = {};
  for (const format of ["text", "html"]) {
    engine.setOutputFormat(format);
    const bib = engine.makeBibliography();
    if (!bib) throw new Error("style has no <bibliography>");
    const entries = bib[1];
    if (entries.length !== 1) {
      throw new Error(`expected 1 bibliography entry, got ${entries.length}`);
    }
    out[format] = stripTrailingNewline(entries[0]);
  }
  engine.setOutputFormat("text");
  out.intext = stripTrailingNewline(engine.makeCitationCluster([{ id }]));
  return { out, usedLocale };
}

// JSON.stringify with object keys sorted at every level (arrays keep order).
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") {
    const o = {};
    for (const k of Object.keys(v).sort()) o[k] = sortKeys(v[k]);
    return o;
  }
  return v;
}

function main() {
  const { itemsPath, outPath, stylesDir, localeOverrides, itemsFor } = parseArgs(
    process.argv.slice(2),
  );
  const readItems = (file) => {
    const list = JSON.parse(fs.readFileSync(file, "utf8"));
    if (!Array.isArray(list)) usage(`${file} must be a CSL-JSON array`);
    const seen = new Set();
    for (const it of list) {
      if (!it || it.id === undefined || it.id === null) {
        usage("every item needs an id");
      }
      if (seen.has(String(it.id))) usage(`duplicate item id ${it.id}`);
      seen.add(String(it.id));
    }
    return list;
  };
  const allItems = readItems(itemsPath);

  const locales = loadLocales(stylesDir);
  const result = {
    citeproc_version: citeprocVersion(),
    citeproc_processor_version: CSL.PROCESSOR_VERSION,
    styles: {},
    entries: {},
  };

  for (const [key, spec] of Object.entries(STYLES)) {
    const styleXml = fs.readFileSync(path.join(stylesDir, spec.file), "utf8");
    const declared = styleDefaultLocale(styleXml);
    const lang = declared || localeOverrides[key] || spec.fallbackLocale;
    if (!locales[lang]) {
      throw new Error(`${key}: no locales-${lang}.xml in ${stylesDir}`);
    }
    const styleInfo = {
      file: spec.file,
      locale: null,
      style_default_locale: declared,
    };
    result.styles[key] = styleInfo;
    const items = itemsFor[key] ? readItems(itemsFor[key]) : allItems;
    if (itemsFor[key]) styleInfo.items = path.basename(itemsFor[key]);
    for (const item of items) {
      const id = String(item.id);
      // Deep copy: citeproc annotates item objects it is given.
      const copy = JSON.parse(JSON.stringify(item));
      copy.id = id;
      const { out, usedLocale } = renderOne(copy, styleXml, lang, locales);
      if (styleInfo.locale === null) styleInfo.locale = usedLocale;
      else if (styleInfo.locale !== usedLocale) {
        throw new Error(`locale changed between items for ${key}`);
      }
      (result.entries[id] = result.entries[id] || {})[key] = out;
    }
    if (styleInfo.locale === null) styleInfo.locale = lang;
  }

  fs.writeFileSync(outPath, JSON.stringify(sortKeys(result), null, 2) + "\n");
}

try {
  main();
} catch (e) {
  process.stderr.write(`error: ${e && e.message ? e.message : e}\n`);
  process.exit(1);
}
