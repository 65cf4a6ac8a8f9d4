/* The graph view's behaviour. Everything that came from an article is put in the
   DOM with textContent (never innerHTML) and drawn by vis-network on a canvas.
   State for tests and scripts is exposed on <body> as data-* attributes:
   data-ready, data-nodes, data-edges, data-errors, data-highlight (+ -label). */
(function () {
  "use strict";
  var body = document.body;
  var errors = [];
  function report(message) {
    errors.push(String(message));
    var box = document.getElementById("kg-errors");
    box.textContent = errors.join("\n");
    box.hidden = false;
    body.setAttribute("data-errors", String(errors.length));
  }
  window.addEventListener("error", function (e) { report(e.message || e); });
  window.addEventListener("unhandledrejection", function (e) { report(e.reason); });

  var CLASSES = [
    {k: "official", ar: "مسؤول", en: "Official"},
    {k: "institution", ar: "مؤسسة", en: "Institution"},
    {k: "project", ar: "مشروع", en: "Project"},
    {k: "post", ar: "منصب", en: "Post / role"},
    {k: "article", ar: "مقال", en: "Article"}
  ];
  var CLASS = {};
  CLASSES.forEach(function (c) { CLASS[c.k] = c; });
  var GROUPS = KG_OPTIONS.groups || {};
  var LARGE = !(KG_OPTIONS.physics && KG_OPTIONS.physics.enabled);
  var DIM = {background: "#e2e8f0", border: "#cbd5e1"};
  var FONT = "#0f172a", FONT_DIM = "rgba(100,116,139,0.3)", EDGE_FONT = "#334155";

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function bilingual(ar, en) {
    var span = el("span", ar + " ");
    var e = el("span", en, "en");
    e.dir = "ltr";
    span.appendChild(e);
    return span;
  }
  function icon(kind, size) {
    var g = GROUPS[kind] || {}, s = size || 14, c = g.color || {};
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", s); svg.setAttribute("height", s);
    svg.setAttribute("viewBox", "0 0 20 20");
    var shape;
    var points = {triangle: "10,2 19,18 1,18", diamond: "10,1 19,10 10,19 1,10",
                  hexagon: "5,2 15,2 19,10 15,18 5,18 1,10"}[g.shape];
    if (points) {
      shape = document.createElementNS(ns, "polygon"); shape.setAttribute("points", points);
    } else if (g.shape === "square") {
      shape = document.createElementNS(ns, "rect");
      shape.setAttribute("x", 2); shape.setAttribute("y", 2);
      shape.setAttribute("width", 16); shape.setAttribute("height", 16);
    } else {
      shape = document.createElementNS(ns, "circle");
      shape.setAttribute("cx", 10); shape.setAttribute("cy", 10); shape.setAttribute("r", 8);
    }
    shape.setAttribute("fill", c.background || "#999");
    shape.setAttribute("stroke", c.border || "#333");
    svg.appendChild(shape);
    return svg;
  }

  /* ---- data ---- */
  var byId = {};
  var visNodes = KG_NODES.map(function (n) {
    byId[n.id] = n;
    var g = GROUPS[n.group] || {};
    var v = {id: n.id, label: n.label, value: n.value, shape: g.shape, color: g.color, font: {color: FONT}};
    if (n.x !== undefined) { v.x = n.x; v.y = n.y; }
    if (n.scaling) { v.scaling = n.scaling; }
    return v;
  });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(KG_EDGES.map(function (e, i) {
    return {id: "e" + i, from: e.from, to: e.to, label: e.label};
  }));
  var options = Object.assign({}, KG_OPTIONS);
  delete options.groups;
  var container = document.getElementById("kg-net");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);
  var canvas = container.querySelector("canvas");
  if (canvas) { canvas.setAttribute("dir", "rtl"); }
  if (!KG_NODES.length) {
    var empty = el("div", "", ""); empty.id = "kg-empty";
    empty.appendChild(bilingual("لا توجد عقد لعرضها", "Nothing to draw"));
    container.appendChild(empty);
  }

  /* ---- legend and class filters ---- */
  var counts = {};
  KG_NODES.forEach(function (n) { counts[n.group] = (counts[n.group] || 0) + 1; });
  var list = document.getElementById("kg-classes");
  CLASSES.forEach(function (c) {
    if (!counts[c.k]) { return; }
    var li = el("li"), label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.id = "kg-show-" + c.k; box.value = c.k;
    box.addEventListener("change", function () { showClass(c.k, box.checked); });
    label.appendChild(box); label.appendChild(icon(c.k, 16)); label.appendChild(bilingual(c.ar, c.en));
    label.appendChild(el("span", counts[c.k], "count"));
    li.appendChild(label); list.appendChild(li);
  });
  document.getElementById("kg-mode").appendChild(LARGE
    ? bilingual("شبكة كبيرة: تخطيط محسوب مسبقًا؛ تظهر التسميات عند التكبير",
                "large graph: precomputed layout; labels appear when zoomed in")
    : bilingual("اسحب العقد لإعادة ترتيبها", "drag nodes to rearrange"));
  document.getElementById("kg-stats").appendChild(bilingual(
    "العقد: " + KG_NODES.length + " · الروابط: " + KG_EDGES.length,
    "nodes / edges"));

  function showClass(kind, on) {
    var updates = [];
    KG_NODES.forEach(function (n) { if (n.group === kind) { updates.push({id: n.id, hidden: !on}); } });
    nodes.update(updates);
  }

  /* ---- tooltip and details: built from data with textContent only ---- */
  function card(id, full) {
    var n = byId[id], info = n.info || {}, c = CLASS[n.group] || {ar: n.group, en: n.group};
    var root = el("div", null, "kg-card");
    var kind = el("span", null, "kind");
    kind.appendChild(icon(n.group, 12)); kind.appendChild(bilingual(c.ar, c.en));
    if (info.sub) { kind.appendChild(el("span", "· " + info.sub)); }
    root.appendChild(kind);
    var h = el("h3", n.label); h.dir = "auto"; root.appendChild(h);
    if (n.latin) { var lat = el("div", n.latin, "latin"); lat.dir = "ltr"; lat.lang = "ar-Latn"; root.appendChild(lat); }
    var dl = el("dl");
    function row(ar, en, value) {
      var dt = el("dt"); dt.appendChild(bilingual(ar, en)); dl.appendChild(dt);
      var dd = el("dd");
      if (typeof value === "string") { dd.textContent = value; } else { dd.appendChild(value); }
      dl.appendChild(dd);
    }
    if (info.hon) { row("الألقاب", "Titles", info.hon.join("، ")); }
    if (info.posts) {
      var ul = el("ul");
      info.posts.forEach(function (p) {
        var li = el("li", p[0] + (p[2] === "former" ? " (السابق)" : ""));
        if (p[1]) { li.appendChild(el("span", " — " + p[1])); }
        ul.appendChild(li);
      });
      row("المناصب", "Posts", ul);
    }
    if (info.cost) {
      var cost = el("span", info.cost[0] + " ");
      var iso = el("bdi", "(" + info.cost[1] + ")", "en"); iso.dir = "ltr";
      cost.appendChild(iso);
      row("التكلفة", "Cost", cost);
    }
    if (info.area) { row("المساحة", "Area", info.area); }
    if (info.acts) {
      var acts = el("ul");
      info.acts.slice(0, full ? 50 : 4).forEach(function (a) { acts.appendChild(el("li", a[0] + ": " + a[1])); });
      if (!full && info.acts.length > 4) { acts.appendChild(el("li", "… +" + (info.acts.length - 4))); }
      row(n.group === "project" ? "المسؤولون" : "الإجراءات", n.group === "project" ? "Officials" : "Actions", acts);
    }
    row("المصادر", "Sources", String(info.n || 0) + " مقال");
    root.appendChild(dl);
    if (info.ev) {
      var shown = info.ev.slice(0, full ? info.ev.length : 2);
      var ev = el("ul", null, "ev");
      shown.forEach(function (x) {
        var li = el("li"), aid = el("bdi", "[" + x[0] + "]", "aid");
        li.appendChild(aid); li.appendChild(el("span", x[1])); ev.appendChild(li);
      });
      var more = (info.nev || shown.length) - shown.length;
      if (more > 0) { ev.appendChild(el("li", "… +" + more)); }
      var title = el("div"); title.appendChild(bilingual("الشواهد", "Evidence")); root.appendChild(title);
      root.appendChild(ev);
    }
    return root;
  }

  var tip = document.getElementById("kg-tip");
  function showTip(id, pointer) {
    tip.replaceChildren(card(id, false));
    tip.hidden = false;
    var main = document.getElementById("kg-main");
    var x = pointer.x + 16, y = pointer.y + 16;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > container.clientWidth) { x = Math.max(0, pointer.x - w - 16); }
    if (y + h > main.clientHeight) { y = Math.max(0, main.clientHeight - h - 4); }
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", function (p) { showTip(p.node, p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  /* ---- neighbourhood highlight ---- */
  var highlighted = null;
  function highlight(id) {
    var keep = {};
    keep[id] = true;
    network.getConnectedNodes(id).forEach(function (m) { keep[m] = true; });
    nodes.update(KG_NODES.map(function (n) {
      var g = GROUPS[n.group] || {};
      return keep[n.id] ? {id: n.id, color: g.color, font: {color: FONT}}
                        : {id: n.id, color: DIM, font: {color: FONT_DIM}};
    }));
    edges.update(KG_EDGES.map(function (e, i) {
      var near = e.from === id || e.to === id;
      return {id: "e" + i, color: {opacity: near ? 1 : 0.15}, font: {color: near ? EDGE_FONT : FONT_DIM}};
    }));
    network.selectNodes([id]);
    highlighted = id;
    body.setAttribute("data-highlight", id);
    body.setAttribute("data-highlight-label", byId[id].label);
    body.setAttribute("data-neighbours", String(Object.keys(keep).length - 1));
    var detail = document.getElementById("kg-detail-body");
    detail.replaceChildren(card(id, true));
  }
  function clearHighlight() {
    if (highlighted === null) { return; }
    nodes.update(KG_NODES.map(function (n) {
      return {id: n.id, color: (GROUPS[n.group] || {}).color, font: {color: FONT}};
    }));
    edges.update(KG_EDGES.map(function (e, i) {
      return {id: "e" + i, color: {opacity: 1}, font: {color: EDGE_FONT}};
    }));
    network.unselectAll();
    highlighted = null;
    body.removeAttribute("data-highlight");
    body.removeAttribute("data-highlight-label");
  }
  network.on("click", function (p) {
    if (p.nodes.length) { highlight(p.nodes[0]); } else { clearHighlight(); }
  });

  function focusOn(id) {
    var n = byId[id], box = document.getElementById("kg-show-" + n.group);
    if (box && !box.checked) { box.checked = true; showClass(n.group, true); }
    highlight(id);
    var around = network.getConnectedNodes(id).concat([id]);
    if (around.length > 1 && around.length < 40) {
      network.fit({nodes: around, animation: {duration: 500, easingFunction: "easeInOutQuad"}});
    } else {
      network.focus(id, {scale: 1.2, animation: {duration: 500, easingFunction: "easeInOutQuad"}});
    }
  }

  /* ---- search by any spelling: the same folding as extraction ---- */
  function find(query) {
    var q = kgFold(query).toLowerCase();  /* Latin-script labels are keyed in lower case */
    if (!q) { return []; }
    var ranked = [[], [], []];
    KG_NODES.forEach(function (n) {
      var best = 3;
      (n.keys || []).forEach(function (k) {
        if (k === q) { best = 0; } else if (best > 1 && k.indexOf(q) === 0) { best = 1; }
        else if (best > 2 && k.indexOf(q) > 0) { best = 2; }
      });
      if (best < 3) { ranked[best].push(n); }
    });
    ranked.forEach(function (r) { r.sort(function (a, b) { return b.value - a.value; }); });
    return ranked[0].concat(ranked[1], ranked[2]);
  }
  var input = document.getElementById("kg-q"), results = document.getElementById("kg-results");
  function showResults(found) {
    results.replaceChildren();
    found.slice(0, 12).forEach(function (n, i) {
      var li = el("li");
      if (i === 0) { li.className = "active"; }
      li.appendChild(icon(n.group, 12));
      var name = el("span", n.label); name.dir = "auto"; li.appendChild(name);
      if (n.latin) { var lat = el("span", n.latin, "en"); lat.dir = "ltr"; li.appendChild(lat); }
      var c = CLASS[n.group]; if (c) { li.appendChild(el("span", c.ar, "en")); }
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(n.id); });
      results.appendChild(li);
    });
    if (!found.length && input.value.trim()) {
      results.appendChild(el("li", "لا نتائج · no match"));
    }
    results.hidden = !results.childNodes.length;
  }
  function pick(id) { results.hidden = true; input.value = byId[id].label; focusOn(id); }
  input.addEventListener("input", function () { showResults(find(input.value)); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var f = find(input.value); if (f.length) { pick(f[0].id); } }
    if (ev.key === "Escape") { results.hidden = true; }
  });
  input.addEventListener("blur", function () { results.hidden = true; });
  document.getElementById("kg-fit").addEventListener("click", function () {
    clearHighlight(); network.fit({animation: {duration: 400}});
  });

  /* A documented feature: graph.html#search=NAME searches on load. */
  function applyHash() {
    var m = /(?:^#|&)search=([^&]*)/.exec(window.location.hash || "");
    if (!m) { return; }
    var q = decodeURIComponent(m[1].replace(/\+/g, " "));
    input.value = q;
    var found = find(q);
    body.setAttribute("data-search-results", String(found.length));
    if (found.length) { focusOn(found[0].id); }
  }

  /* ---- ready: drawn, and (small graphs) stabilised then frozen ---- */
  var ready = false;
  function markReady() {
    if (ready) { return; }
    ready = true;
    body.setAttribute("data-nodes", String(nodes.length));
    body.setAttribute("data-edges", String(edges.length));
    applyHash();
    body.setAttribute("data-ready-ms", String(Math.round(performance.now())));
    body.setAttribute("data-ready", "1");
  }
  if (!LARGE && KG_NODES.length) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}});
      network.fit();
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", markReady);
    network.redraw();
  }
  window.kgNetwork = network;
})();
