// The eventwatch dashboard: map, timeline, dyads and events table over /api, filters in the URL.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const FILTERS = ["type", "country", "actor", "since", "until", "status", "min_confidence"];
const MAP_W = 960, MAP_H = 480, LINE_W = 960, LINE_H = 200;
const state = { cursor: null, world: null };

// ---- URL, API and DOM helpers

function urlParams() { return new URLSearchParams(window.location.search); }

function filterQuery(extra) {
  const given = urlParams(), query = new URLSearchParams();
  for (const name of FILTERS) if (given.get(name)) query.set(name, given.get(name));
  for (const [name, value] of Object.entries(extra || {})) if (value !== null) query.set(name, value);
  return query;
}

async function getJson(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

function api(path, extra) { return getJson(`/api/${path}?${filterQuery(extra)}`); }

function html(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function svg(tag, attrs, title) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
  if (title) node.appendChild(svg("title")).textContent = title;
  return node;
}

function showError(error) { document.getElementById("message").textContent = `error: ${error.message}`; }

// ---- filters form <-> URL

function fillForm() {
  const form = document.getElementById("filters"), given = urlParams();
  for (const field of form.elements) if (field.name) field.value = given.get(field.name) || (field.name === "by" ? "week" : "");
}

function applyForm(event) {
  event.preventDefault();
  const query = new URLSearchParams();
  for (const field of document.getElementById("filters").elements) {
    if (field.name && field.value.trim() && !(field.name === "by" && field.value === "week")) query.set(field.name, field.value.trim());
  }
  navigate(query);
}

function navigate(query) {
  const text = query.toString();
  window.history.pushState(null, "", text ? `?${text}` : window.location.pathname);
  fillForm();
  refresh();
}

function setFilter(name, value) {
  const query = urlParams();
  query.set(name, value);
  navigate(query);
}

// ---- map: countries shaded by material-conflict events, places as points

function project(lon, lat) { return [((lon + 180) / 360) * MAP_W, ((90 - lat) / 180) * MAP_H]; }

function ringPath(ring) {
  let path = "", lastLon = null;
  for (const [lon, lat] of ring) {
    const [x, y] = project(lon, lat);
    const jump = lastLon === null || Math.abs(lon - lastLon) > 180; // a ring crossing the antimeridian
    path += `${jump ? "M" : "L"}${x.toFixed(1)},${y.toFixed(1)}`;
    lastLon = lon;
  }
  return path + "Z";
}

function shapePath(geometry) {
  if (!geometry) return "";
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map(ringPath).join("")).join("");
}

async function loadWorld() {
  if (!state.world) {
    const topology = await getJson("/static/vendor/world-atlas/countries-110m.json");
    state.world = topojson.feature(topology, topology.objects.countries).features;
  }
  return state.world;
}

async function drawMap() {
  const [world, countries, places] = await Promise.all([loadWorld(), api("countries"), api("places", { limit: 500 })]);
  const map = document.getElementById("map");
  map.replaceChildren();
  const byNumeric = new Map(countries.countries.filter((c) => c.numeric).map((c) => [c.numeric, c]));
  const worst = Math.max(1, ...countries.countries.map((c) => c.conflict));
  let shaded = 0;
  for (const feature of world) {
    const row = byNumeric.get(String(feature.id).padStart(3, "0"));
    const name = (row && row.name) || feature.properties.name;
    const label = row ? `${name}: ${row.events} events, ${row.conflict} material conflict` : name;
    const shape = svg("path", { d: shapePath(feature.geometry), class: "land" }, label);
    if (row) {
      shaded += 1;
      shape.setAttribute("data-code", row.code);
      shape.style.fill = row.conflict ? `rgba(198, 40, 40, ${0.25 + 0.75 * (row.conflict / worst)})` : "#bcd3ea";
      shape.addEventListener("click", () => setFilter("country", row.code));
    }
    map.appendChild(shape);
  }
  for (const place of places.places) {
    const [x, y] = project(place.lon, place.lat);
    const radius = 2.5 + 2.5 * Math.sqrt(place.count);
    map.appendChild(svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: radius.toFixed(1), class: "place" },
      `${place.name}${place.country ? ` (${place.country})` : ""}: ${place.count} events`));
  }
  map.dataset.points = String(places.places.length);
  map.dataset.countries = String(shaded);
}

// ---- timeline: one bar per period, spikes in red

async function drawTimeline() {
  const by = urlParams().get("by") || "week";
  const body = await api("timeseries", { by, group: "all", top: 1 });
  const points = body.series.length ? body.series[0].points : [];
  const total = points.reduce((sum, p) => sum + p.count, 0);
  document.getElementById("event-count").textContent = String(total + body.undated);
  document.getElementById("undated").textContent = body.undated ? `(${body.undated} without a ${by} date)` : "";
  const chart = document.getElementById("timeline");
  chart.replaceChildren();
  const peak = Math.max(1, ...points.map((p) => p.count));
  const width = (LINE_W - 40) / Math.max(points.length, 1), bottom = LINE_H - 24;
  points.forEach((p, i) => {
    const height = (p.count / peak) * (bottom - 24), x = 30 + i * width;
    const label = `${p.period}: ${p.count} events, Goldstein ${p.goldstein}${p.spike ? `, spike (z ${p.z})` : ""}`;
    chart.appendChild(svg("rect", { x: x.toFixed(1), y: (bottom - height).toFixed(1), width: Math.max(width - 1, 1).toFixed(1),
      height: height.toFixed(1), class: p.spike ? "bar spike" : "bar", "data-period": p.period }, label));
    if (p.spike) chart.appendChild(svg("text", { x: (x + width / 2).toFixed(1), y: (bottom - height - 4).toFixed(1),
      "text-anchor": "middle", class: "spike-mark" })).textContent = "▲";
  });
  if (points.length) {
    chart.appendChild(svg("text", { x: 30, y: LINE_H - 6 })).textContent = points[0].period;
    chart.appendChild(svg("text", { x: LINE_W - 10, y: LINE_H - 6, "text-anchor": "end" })).textContent = points[points.length - 1].period;
  }
  chart.appendChild(svg("text", { x: 2, y: 24 })).textContent = String(peak);
  chart.dataset.periods = String(points.length);
  chart.dataset.total = String(total);
  chart.dataset.spikes = String(points.filter((p) => p.spike).length);
}

// ---- dyads: a matrix of the busiest actors and recipients

function goldsteinColour(value) {
  const strength = Math.min(Math.abs(value || 0) / 10, 1) * 0.8 + 0.15;
  return value < 0 ? `rgba(198, 40, 40, ${strength})` : `rgba(46, 125, 50, ${strength})`;
}

function busiest(dyads, side, n) {
  const totals = new Map();
  for (const d of dyads) totals.set(d[side], (totals.get(d[side]) || 0) + d.count);
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map((e) => e[0]);
}

async function drawDyads() {
  const { dyads } = await api("dyads", { limit: 200 });
  const box = document.getElementById("dyads");
  box.replaceChildren();
  if (!dyads.length) { box.appendChild(html("p", {}, "no actor → recipient pairs")); return; }
  const actors = busiest(dyads, "actor", 8), recipients = busiest(dyads, "recipient", 8);
  const cells = new Map(dyads.map((d) => [`${d.actor}>${d.recipient}`, d]));
  const table = html("table", { "data-pairs": String(dyads.length) });
  const head = table.appendChild(html("tr"));
  head.appendChild(html("th", {}, "actor ↓ recipient →"));
  for (const r of recipients) head.appendChild(html("th", {}, r));
  for (const a of actors) {
    const row = table.appendChild(html("tr"));
    row.appendChild(html("th", {}, a));
    for (const r of recipients) {
      const d = cells.get(`${a}>${r}`);
      const cell = row.appendChild(html("td", d ? { title: `${d.actor_name} → ${d.recipient_name}: ${d.count} events, mean Goldstein ${d.goldstein}` } : {}, d ? d.count : ""));
      if (d) cell.style.background = goldsteinColour(d.goldstein);
    }
  }
  box.appendChild(table);
}

// ---- events table and the evidence panel

function who(actor) { return actor ? actor.code || actor.name : ""; }

async function loadEvents(append) {
  const page = await api("events", { limit: 50, cursor: append ? state.cursor : null });
  const body = document.querySelector("#events tbody");
  if (!append) body.replaceChildren();
  for (const e of page.events) {
    const row = body.appendChild(html("tr", { "data-event-id": e.event_id }));
    for (const value of [e.date || e.doc_date, e.event_type, who(e.actor), who(e.recipient),
      e.location ? e.location.name : "", e.status, e.confidence]) row.appendChild(html("td", {}, value));
    row.addEventListener("click", () => openEvidence(e, row).catch(showError));
  }
  state.cursor = page.next_cursor;
  document.getElementById("more").hidden = !page.next_cursor;
}

async function openEvidence(event, row) {
  document.querySelectorAll("#events tr.open").forEach((r) => r.classList.remove("open"));
  row.classList.add("open");
  const doc = await getJson(`/api/documents/${encodeURIComponent(event.doc_id)}`);
  const [start, end] = event.span;
  document.getElementById("evidence-title").textContent = doc.title || doc.id;
  const meta = document.getElementById("evidence-meta");
  meta.replaceChildren(`${event.event_type} · ${doc.date || "undated"} · ${doc.source || "unknown source"} · `);
  meta.appendChild(doc.url ? html("a", { href: doc.url, target: "_blank", rel: "noopener noreferrer" }, "open the source")
    : html("span", {}, "no source link"));
  const text = document.getElementById("evidence-text");
  text.replaceChildren(doc.text.slice(0, start));
  const mark = text.appendChild(html("mark", { "data-event-id": event.event_id }, doc.text.slice(start, end)));
  text.appendChild(document.createTextNode(doc.text.slice(end)));
  document.getElementById("evidence").hidden = false;
  mark.scrollIntoView({ block: "center" });
}

// ---- wiring

async function fillTypes() {
  const body = await getJson("/api/timeseries?group=type&by=month&top=100");
  const list = document.getElementById("types");
  for (const s of body.series) list.appendChild(html("option", { value: s.group }));
}

async function refresh() {
  document.getElementById("message").textContent = "";
  document.body.dataset.ready = "no";
  const views = [drawMap(), drawTimeline(), drawDyads(), loadEvents(false)];
  const outcomes = await Promise.allSettled(views);
  outcomes.filter((o) => o.status === "rejected").slice(0, 1).forEach((o) => showError(o.reason));
  document.body.dataset.ready = "yes";
}

document.getElementById("filters").addEventListener("submit", applyForm);
document.getElementById("reset").addEventListener("click", () => navigate(new URLSearchParams()));
document.getElementById("more").addEventListener("click", () => loadEvents(true).catch(showError));
document.getElementById("close-evidence").addEventListener("click", () => { document.getElementById("evidence").hidden = true; });
window.addEventListener("popstate", () => { fillForm(); refresh(); });
fillForm();
fillTypes().catch(showError);
refresh();
