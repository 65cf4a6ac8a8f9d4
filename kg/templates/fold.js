/* Arabic spelling folding, the same as extract.normalize.fold (kept in step by
   tests/test_view.py): NFKC, diacritics and tatweel dropped, alif forms → ا,
   ى→ي, ة→ه, ؤ→و, ئ→ي, Arabic-Indic digits → ASCII, punctuation → space. */
var kgFold = (function () {
  var DROP = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c-\u200f\u202a-\u202e\u2066-\u2069]/g;
  var MAP = {"\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
             "\u0649": "\u064a", "\u0629": "\u0647", "\u0624": "\u0648", "\u0626": "\u064a",
             "\u066b": ".", "\u066c": ",", "\u00a0": " "};
  var MAPPED = /[\u0623\u0625\u0622\u0671\u0649\u0629\u0624\u0626\u066b\u066c\u00a0]/g;
  var PUNCT = /[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}\s]|_/gu;
  return function fold(text) {
    var t = String(text).normalize("NFKC").replace(DROP, "");
    t = t.replace(MAPPED, function (c) { return MAP[c]; });
    t = t.replace(/[\u0660-\u0669]/g, function (c) { return String(c.charCodeAt(0) - 0x660); });
    t = t.replace(/[\u06f0-\u06f9]/g, function (c) { return String(c.charCodeAt(0) - 0x6f0); });
    t = t.replace(PUNCT, " ");
    return t.split(/\s+/).filter(Boolean).join(" ");
  };
})();
if (typeof module !== "undefined") { module.exports = kgFold; }
