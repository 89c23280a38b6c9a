export const id = 102;
export const ids = [102,709];
export const modules = {

/***/ 11428:
/***/ ((module) => {

var eaw = {};

if (false) {} else {
  module.exports = eaw;
}

eaw.eastAsianWidth = function(character) {
  var x = character.charCodeAt(0);
  var y = (character.length == 2) ? character.charCodeAt(1) : 0;
  var codePoint = x;
  if ((0xD800 <= x && x <= 0xDBFF) && (0xDC00 <= y && y <= 0xDFFF)) {
    x &= 0x3FF;
    y &= 0x3FF;
    codePoint = (x << 10) | y;
    codePoint += 0x10000;
  }

  if ((0x3000 == codePoint) ||
      (0xFF01 <= codePoint && codePoint <= 0xFF60) ||
      (0xFFE0 <= codePoint && codePoint <= 0xFFE6)) {
    return 'F';
  }
  if ((0x20A9 == codePoint) ||
      (0xFF61 <= codePoint && codePoint <= 0xFFBE) ||
      (0xFFC2 <= codePoint && codePoint <= 0xFFC7) ||
      (0xFFCA <= codePoint && codePoint <= 0xFFCF) ||
      (0xFFD2 <= codePoint && codePoint <= 0xFFD7) ||
      (0xFFDA <= codePoint && codePoint <= 0xFFDC) ||
      (0xFFE8 <= codePoint && codePoint <= 0xFFEE)) {
    return 'H';
  }
  if ((0x1100 <= codePoint && codePoint <= 0x115F) ||
      (0x11A3 <= codePoint && codePoint <= 0x11A7) ||
      (0x11FA <= codePoint && codePoint <= 0x11FF) ||
      (0x2329 <= codePoint && codePoint <= 0x232A) ||
      (0x2E80 <= codePoint && codePoint <= 0x2E99) ||
      (0x2E9B <= codePoint && codePoint <= 0x2EF3) ||
      (0x2F00 <= codePoint && codePoint <= 0x2FD5) ||
      (0x2FF0 <= codePoint && codePoint <= 0x2FFB) ||
      (0x3001 <= codePoint && codePoint <= 0x303E) ||
      (0x3041 <= codePoint && codePoint <= 0x3096) ||
      (0x3099 <= codePoint && codePoint <= 0x30FF) ||
      (0x3105 <= codePoint && codePoint <= 0x312D) ||
      (0x3131 <= codePoint && codePoint <= 0x318E) ||
      (0x3190 <= codePoint && codePoint <= 0x31BA) ||
      (0x31C0 <= codePoint && codePoint <= 0x31E3) ||
      (0x31F0 <= codePoint && codePoint <= 0x321E) ||
      (0x3220 <= codePoint && codePoint <= 0x3247) ||
      (0x3250 <= codePoint && codePoint <= 0x32FE) ||
      (0x3300 <= codePoint && codePoint <= 0x4DBF) ||
      (0x4E00 <= codePoint && codePoint <= 0xA48C) ||
      (0xA490 <= codePoint && codePoint <= 0xA4C6) ||
      (0xA960 <= codePoint && codePoint <= 0xA97C) ||
      (0xAC00 <= codePoint && codePoint <= 0xD7A3) ||
      (0xD7B0 <= codePoint && codePoint <= 0xD7C6) ||
      (0xD7CB <= codePoint && codePoint <= 0xD7FB) ||
      (0xF900 <= codePoint && codePoint <= 0xFAFF) ||
      (0xFE10 <= codePoint && codePoint <= 0xFE19) ||
      (0xFE30 <= codePoint && codePoint <= 0xFE52) ||
      (0xFE54 <= codePoint && codePoint <= 0xFE66) ||
      (0xFE68 <= codePoint && codePoint <= 0xFE6B) ||
      (0x1B000 <= codePoint && codePoint <= 0x1B001) ||
      (0x1F200 <= codePoint && codePoint <= 0x1F202) ||
      (0x1F210 <= codePoint && codePoint <= 0x1F23A) ||
      (0x1F240 <= codePoint && codePoint <= 0x1F248) ||
      (0x1F250 <= codePoint && codePoint <= 0x1F251) ||
      (0x20000 <= codePoint && codePoint <= 0x2F73F) ||
      (0x2B740 <= codePoint && codePoint <= 0x2FFFD) ||
      (0x30000 <= codePoint && codePoint <= 0x3FFFD)) {
    return 'W';
  }
  if ((0x0020 <= codePoint && codePoint <= 0x007E) ||
      (0x00A2 <= codePoint && codePoint <= 0x00A3) ||
      (0x00A5 <= codePoint && codePoint <= 0x00A6) ||
      (0x00AC == codePoint) ||
      (0x00AF == codePoint) ||
      (0x27E6 <= codePoint && codePoint <= 0x27ED) ||
      (0x2985 <= codePoint && codePoint <= 0x2986)) {
    return 'Na';
  }
  if ((0x00A1 == codePoint) ||
      (0x00A4 == codePoint) ||
      (0x00A7 <= codePoint && codePoint <= 0x00A8) ||
      (0x00AA == codePoint) ||
      (0x00AD <= codePoint && codePoint <= 0x00AE) ||
      (0x00B0 <= codePoint && codePoint <= 0x00B4) ||
      (0x00B6 <= codePoint && codePoint <= 0x00BA) ||
      (0x00BC <= codePoint && codePoint <= 0x00BF) ||
      (0x00C6 == codePoint) ||
      (0x00D0 == codePoint) ||
      (0x00D7 <= codePoint && codePoint <= 0x00D8) ||
      (0x00DE <= codePoint && codePoint <= 0x00E1) ||
      (0x00E6 == codePoint) ||
      (0x00E8 <= codePoint && codePoint <= 0x00EA) ||
      (0x00EC <= codePoint && codePoint <= 0x00ED) ||
      (0x00F0 == codePoint) ||
      (0x00F2 <= codePoint && codePoint <= 0x00F3) ||
      (0x00F7 <= codePoint && codePoint <= 0x00FA) ||
      (0x00FC == codePoint) ||
      (0x00FE == codePoint) ||
      (0x0101 == codePoint) ||
      (0x0111 == codePoint) ||
      (0x0113 == codePoint) ||
      (0x011B == codePoint) ||
      (0x0126 <= codePoint && codePoint <= 0x0127) ||
      (0x012B == codePoint) ||
      (0x0131 <= codePoint && codePoint <= 0x0133) ||
      (0x0138 == codePoint) ||
      (0x013F <= codePoint && codePoint <= 0x0142) ||
      (0x0144 == codePoint) ||
      (0x0148 <= codePoint && codePoint <= 0x014B) ||
      (0x014D == codePoint) ||
      (0x0152 <= codePoint && codePoint <= 0x0153) ||
      (0x0166 <= codePoint && codePoint <= 0x0167) ||
      (0x016B == codePoint) ||
      (0x01CE == codePoint) ||
      (0x01D0 == codePoint) ||
      (0x01D2 == codePoint) ||
      (0x01D4 == codePoint) ||
      (0x01D6 == codePoint) ||
      (0x01D8 == codePoint) ||
      (0x01DA == codePoint) ||
      (0x01DC == codePoint) ||
      (0x0251 == codePoint) ||
      (0x0261 == codePoint) ||
      (0x02C4 == codePoint) ||
      (0x02C7 == codePoint) ||
      (0x02C9 <= codePoint && codePoint <= 0x02CB) ||
      (0x02CD == codePoint) ||
      (0x02D0 == codePoint) ||
      (0x02D8 <= codePoint && codePoint <= 0x02DB) ||
      (0x02DD == codePoint) ||
      (0x02DF == codePoint) ||
      (0x0300 <= codePoint && codePoint <= 0x036F) ||
      (0x0391 <= codePoint && codePoint <= 0x03A1) ||
      (0x03A3 <= codePoint && codePoint <= 0x03A9) ||
      (0x03B1 <= codePoint && codePoint <= 0x03C1) ||
      (0x03C3 <= codePoint && codePoint <= 0x03C9) ||
      (0x0401 == codePoint) ||
      (0x0410 <= codePoint && codePoint <= 0x044F) ||
      (0x0451 == codePoint) ||
      (0x2010 == codePoint) ||
      (0x2013 <= codePoint && codePoint <= 0x2016) ||
      (0x2018 <= codePoint && codePoint <= 0x2019) ||
      (0x201C <= codePoint && codePoint <= 0x201D) ||
      (0x2020 <= codePoint && codePoint <= 0x2022) ||
      (0x2024 <= codePoint && codePoint <= 0x2027) ||
      (0x2030 == codePoint) ||
      (0x2032 <= codePoint && codePoint <= 0x2033) ||
      (0x2035 == codePoint) ||
      (0x203B == codePoint) ||
      (0x203E == codePoint) ||
      (0x2074 == codePoint) ||
      (0x207F == codePoint) ||
      (0x2081 <= codePoint && codePoint <= 0x2084) ||
      (0x20AC == codePoint) ||
      (0x2103 == codePoint) ||
      (0x2105 == codePoint) ||
      (0x2109 == codePoint) ||
      (0x2113 == codePoint) ||
      (0x2116 == codePoint) ||
      (0x2121 <= codePoint && codePoint <= 0x2122) ||
      (0x2126 == codePoint) ||
      (0x212B == codePoint) ||
      (0x2153 <= codePoint && codePoint <= 0x2154) ||
      (0x215B <= codePoint && codePoint <= 0x215E) ||
      (0x2160 <= codePoint && codePoint <= 0x216B) ||
      (0x2170 <= codePoint && codePoint <= 0x2179) ||
      (0x2189 == codePoint) ||
      (0x2190 <= codePoint && codePoint <= 0x2199) ||
      (0x21B8 <= codePoint && codePoint <= 0x21B9) ||
      (0x21D2 == codePoint) ||
      (0x21D4 == codePoint) ||
      (0x21E7 == codePoint) ||
      (0x2200 == codePoint) ||
      (0x2202 <= codePoint && codePoint <= 0x2203) ||
      (0x2207 <= codePoint && codePoint <= 0x2208) ||
      (0x220B == codePoint) ||
      (0x220F == codePoint) ||
      (0x2211 == codePoint) ||
      (0x2215 == codePoint) ||
      (0x221A == codePoint) ||
      (0x221D <= codePoint && codePoint <= 0x2220) ||
      (0x2223 == codePoint) ||
      (0x2225 == codePoint) ||
      (0x2227 <= codePoint && codePoint <= 0x222C) ||
      (0x222E == codePoint) ||
      (0x2234 <= codePoint && codePoint <= 0x2237) ||
      (0x223C <= codePoint && codePoint <= 0x223D) ||
      (0x2248 == codePoint) ||
      (0x224C == codePoint) ||
      (0x2252 == codePoint) ||
      (0x2260 <= codePoint && codePoint <= 0x2261) ||
      (0x2264 <= codePoint && codePoint <= 0x2267) ||
      (0x226A <= codePoint && codePoint <= 0x226B) ||
      (0x226E <= codePoint && codePoint <= 0x226F) ||
      (0x2282 <= codePoint && codePoint <= 0x2283) ||
      (0x2286 <= codePoint && codePoint <= 0x2287) ||
      (0x2295 == codePoint) ||
      (0x2299 == codePoint) ||
      (0x22A5 == codePoint) ||
      (0x22BF == codePoint) ||
      (0x2312 == codePoint) ||
      (0x2460 <= codePoint && codePoint <= 0x24E9) ||
      (0x24EB <= codePoint && codePoint <= 0x254B) ||
      (0x2550 <= codePoint && codePoint <= 0x2573) ||
      (0x2580 <= codePoint && codePoint <= 0x258F) ||
      (0x2592 <= codePoint && codePoint <= 0x2595) ||
      (0x25A0 <= codePoint && codePoint <= 0x25A1) ||
      (0x25A3 <= codePoint && codePoint <= 0x25A9) ||
      (0x25B2 <= codePoint && codePoint <= 0x25B3) ||
      (0x25B6 <= codePoint && codePoint <= 0x25B7) ||
      (0x25BC <= codePoint && codePoint <= 0x25BD) ||
      (0x25C0 <= codePoint && codePoint <= 0x25C1) ||
      (0x25C6 <= codePoint && codePoint <= 0x25C8) ||
      (0x25CB == codePoint) ||
      (0x25CE <= codePoint && codePoint <= 0x25D1) ||
      (0x25E2 <= codePoint && codePoint <= 0x25E5) ||
      (0x25EF == codePoint) ||
      (0x2605 <= codePoint && codePoint <= 0x2606) ||
      (0x2609 == codePoint) ||
      (0x260E <= codePoint && codePoint <= 0x260F) ||
      (0x2614 <= codePoint && codePoint <= 0x2615) ||
      (0x261C == codePoint) ||
      (0x261E == codePoint) ||
      (0x2640 == codePoint) ||
      (0x2642 == codePoint) ||
      (0x2660 <= codePoint && codePoint <= 0x2661) ||
      (0x2663 <= codePoint && codePoint <= 0x2665) ||
      (0x2667 <= codePoint && codePoint <= 0x266A) ||
      (0x266C <= codePoint && codePoint <= 0x266D) ||
      (0x266F == codePoint) ||
      (0x269E <= codePoint && codePoint <= 0x269F) ||
      (0x26BE <= codePoint && codePoint <= 0x26BF) ||
      (0x26C4 <= codePoint && codePoint <= 0x26CD) ||
      (0x26CF <= codePoint && codePoint <= 0x26E1) ||
      (0x26E3 == codePoint) ||
      (0x26E8 <= codePoint && codePoint <= 0x26FF) ||
      (0x273D == codePoint) ||
      (0x2757 == codePoint) ||
      (0x2776 <= codePoint && codePoint <= 0x277F) ||
      (0x2B55 <= codePoint && codePoint <= 0x2B59) ||
      (0x3248 <= codePoint && codePoint <= 0x324F) ||
      (0xE000 <= codePoint && codePoint <= 0xF8FF) ||
      (0xFE00 <= codePoint && codePoint <= 0xFE0F) ||
      (0xFFFD == codePoint) ||
      (0x1F100 <= codePoint && codePoint <= 0x1F10A) ||
      (0x1F110 <= codePoint && codePoint <= 0x1F12D) ||
      (0x1F130 <= codePoint && codePoint <= 0x1F169) ||
      (0x1F170 <= codePoint && codePoint <= 0x1F19A) ||
      (0xE0100 <= codePoint && codePoint <= 0xE01EF) ||
      (0xF0000 <= codePoint && codePoint <= 0xFFFFD) ||
      (0x100000 <= codePoint && codePoint <= 0x10FFFD)) {
    return 'A';
  }

  return 'N';
};

eaw.characterLength = function(character) {
  var code = this.eastAsianWidth(character);
  if (code == 'F' || code == 'W' || code == 'A') {
    return 2;
  } else {
    return 1;
  }
};

// Split a string considering surrogate-pairs.
function stringToArray(string) {
  return string.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\uD800-\uDFFF]/g) || [];
}

eaw.length = function(string) {
  var characters = stringToArray(string);
  var len = 0;
  for (var i = 0; i < characters.length; i++) {
    len = len + this.characterLength(characters[i]);
  }
  return len;
};

eaw.slice = function(text, start, end) {
  textLen = eaw.length(text)
  start = start ? start : 0;
  end = end ? end : 1;
  if (start < 0) {
      start = textLen + start;
  }
  if (end < 0) {
      end = textLen + end;
  }
  var result = '';
  var eawLen = 0;
  var chars = stringToArray(text);
  for (var i = 0; i < chars.length; i++) {
    var char = chars[i];
    var charLen = eaw.length(char);
    if (eawLen >= start - (charLen == 2 ? 1 : 0)) {
        if (eawLen + charLen <= end) {
            result += char;
        } else {
            break;
        }
    }
    eawLen += charLen;
  }
  return result;
};


/***/ }),

/***/ 50872:
/***/ ((module) => {



module.exports = function () {
  // https://mths.be/emoji
  return /\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67)\uDB40\uDC7F|(?:\uD83E\uDDD1\uD83C\uDFFF\u200D\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFC-\uDFFF])|\uD83D\uDC68(?:\uD83C\uDFFB(?:\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFF])|\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFF]))|\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|[\u2695\u2696\u2708]\uFE0F|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))?|(?:\uD83C[\uDFFC-\uDFFF])\u200D\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFF])|\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFF]))|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])\uFE0F|\u200D(?:(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|\uD83D[\uDC66\uDC67])|\uD83C\uDFFF|\uD83C\uDFFE|\uD83C\uDFFD|\uD83C\uDFFC)?|(?:\uD83D\uDC69(?:\uD83C\uDFFB\u200D\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|(?:\uD83C[\uDFFC-\uDFFF])\u200D\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69]))|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)(?:\uD83C[\uDFFB-\uDFFF])|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC69(?:\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83E\uDDD1(?:\u200D(?:\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|\uD83D\uDE36\u200D\uD83C\uDF2B|\uD83C\uDFF3\uFE0F\u200D\u26A7|\uD83D\uDC3B\u200D\u2744|(?:(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC70\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD35\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD4\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uFE0F|\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\uD83C\uDFF4\u200D\u2620|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC70\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD35\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD4\uDDD6-\uDDDD])\u200D[\u2640\u2642]|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u2600-\u2604\u260E\u2611\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26B0\u26B1\u26C8\u26CF\u26D1\u26D3\u26E9\u26F0\u26F1\u26F4\u26F7\u26F8\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u3030\u303D\u3297\u3299]|\uD83C[\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]|\uD83D[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3])\uFE0F|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDE35\u200D\uD83D\uDCAB|\uD83D\uDE2E\u200D\uD83D\uDCA8|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83E\uDDD1(?:\uD83C\uDFFF|\uD83C\uDFFE|\uD83C\uDFFD|\uD83C\uDFFC|\uD83C\uDFFB)?|\uD83D\uDC69(?:\uD83C\uDFFF|\uD83C\uDFFE|\uD83C\uDFFD|\uD83C\uDFFC|\uD83C\uDFFB)?|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF6\uD83C\uDDE6|\uD83C\uDDF4\uD83C\uDDF2|\uD83D\uDC08\u200D\u2B1B|\u2764\uFE0F\u200D(?:\uD83D\uDD25|\uD83E\uDE79)|\uD83D\uDC41\uFE0F|\uD83C\uDFF3\uFE0F|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|[#\*0-9]\uFE0F\u20E3|\u2764\uFE0F|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC70\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD35\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD4\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uFE0F|\uD83C[\uDFFB-\uDFFF])|\uD83C\uDFF4|(?:[\u270A\u270B]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0C\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270C\u270D]|\uD83D[\uDD74\uDD90])(?:\uFE0F|\uD83C[\uDFFB-\uDFFF])|[\u270A\u270B]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC08\uDC15\uDC3B\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE2E\uDE35\uDE36\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0C\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5]|\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC70\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD35\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD4\uDDD6-\uDDDD]|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF]|[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED7\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB]|\uD83E[\uDD0D\uDD0E\uDD10-\uDD17\uDD1D\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78\uDD7A-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCB\uDDD0\uDDE0-\uDDFF\uDE70-\uDE74\uDE78-\uDE7A\uDE80-\uDE86\uDE90-\uDEA8\uDEB0-\uDEB6\uDEC0-\uDEC2\uDED0-\uDED6]|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5-\uDED7\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB]|\uD83E[\uDD0C-\uDD3A\uDD3C-\uDD45\uDD47-\uDD78\uDD7A-\uDDCB\uDDCD-\uDDFF\uDE70-\uDE74\uDE78-\uDE7A\uDE80-\uDE86\uDE90-\uDEA8\uDEB0-\uDEB6\uDEC0-\uDEC2\uDED0-\uDED6])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26A7\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5-\uDED7\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFC\uDFE0-\uDFEB]|\uD83E[\uDD0C-\uDD3A\uDD3C-\uDD45\uDD47-\uDD78\uDD7A-\uDDCB\uDDCD-\uDDFF\uDE70-\uDE74\uDE78-\uDE7A\uDE80-\uDE86\uDE90-\uDEA8\uDEB0-\uDEB6\uDEC0-\uDEC2\uDED0-\uDED6])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0C\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDD77\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g;
};


/***/ }),

/***/ 41444:
/***/ ((module) => {


const array = [];
const charCodeCache = [];

const leven = (left, right) => {
	if (left === right) {
		return 0;
	}

	const swap = left;

	// Swapping the strings if `a` is longer than `b` so we know which one is the
	// shortest & which one is the longest
	if (left.length > right.length) {
		left = right;
		right = swap;
	}

	let leftLength = left.length;
	let rightLength = right.length;

	// Performing suffix trimming:
	// We can linearly drop suffix common to both strings since they
	// don't increase distance at all
	// Note: `~-` is the bitwise way to perform a `- 1` operation
	while (leftLength > 0 && (left.charCodeAt(~-leftLength) === right.charCodeAt(~-rightLength))) {
		leftLength--;
		rightLength--;
	}

	// Performing prefix trimming
	// We can linearly drop prefix common to both strings since they
	// don't increase distance at all
	let start = 0;

	while (start < leftLength && (left.charCodeAt(start) === right.charCodeAt(start))) {
		start++;
	}

	leftLength -= start;
	rightLength -= start;

	if (leftLength === 0) {
		return rightLength;
	}

	let bCharCode;
	let result;
	let temp;
	let temp2;
	let i = 0;
	let j = 0;

	while (i < leftLength) {
		charCodeCache[i] = left.charCodeAt(start + i);
		array[i] = ++i;
	}

	while (j < rightLength) {
		bCharCode = right.charCodeAt(start + j);
		temp = j++;
		result = j;

		for (i = 0; i < leftLength; i++) {
			temp2 = bCharCode === charCodeCache[i] ? temp : temp + 1;
			temp = array[i];
			// eslint-disable-next-line no-multi-assign
			result = array[i] = temp > result ? temp2 > result ? result + 1 : temp2 : temp2 > temp ? temp + 1 : temp2;
		}
	}

	return result;
};

module.exports = leven;
// TODO: Remove this for the next major release
module.exports["default"] = leven;


/***/ }),

/***/ 4495:
/***/ ((module) => {



const corsSafeListedMethods = /** @type {const} */ (['GET', 'HEAD', 'POST'])
const corsSafeListedMethodsSet = new Set(corsSafeListedMethods)

const nullBodyStatus = /** @type {const} */ ([101, 204, 205, 304])

const redirectStatus = /** @type {const} */ ([301, 302, 303, 307, 308])
const redirectStatusSet = new Set(redirectStatus)

/**
 * @see https://fetch.spec.whatwg.org/#block-bad-port
 */
const badPorts = /** @type {const} */ ([
  '1', '7', '9', '11', '13', '15', '17', '19', '20', '21', '22', '23', '25', '37', '42', '43', '53', '69', '77', '79',
  '87', '95', '101', '102', '103', '104', '109', '110', '111', '113', '115', '117', '119', '123', '135', '137',
  '139', '143', '161', '179', '389', '427', '465', '512', '513', '514', '515', '526', '530', '531', '532',
  '540', '548', '554', '556', '563', '587', '601', '636', '989', '990', '993', '995', '1719', '1720', '1723',
  '2049', '3659', '4045', '4190', '5060', '5061', '6000', '6566', '6665', '6666', '6667', '6668', '6669', '6679',
  '6697', '10080'
])
const badPortsSet = new Set(badPorts)

/**
 * @see https://w3c.github.io/webappsec-referrer-policy/#referrer-policies
 */
const referrerPolicy = /** @type {const} */ ([
  '',
  'no-referrer',
  'no-referrer-when-downgrade',
  'same-origin',
  'origin',
  'strict-origin',
  'origin-when-cross-origin',
  'strict-origin-when-cross-origin',
  'unsafe-url'
])
const referrerPolicySet = new Set(referrerPolicy)

const requestRedirect = /** @type {const} */ (['follow', 'manual', 'error'])

const safeMethods = /** @type {const} */ (['GET', 'HEAD', 'OPTIONS', 'TRACE'])
const safeMethodsSet = new Set(safeMethods)

const requestMode = /** @type {const} */ (['navigate', 'same-origin', 'no-cors', 'cors'])

const requestCredentials = /** @type {const} */ (['omit', 'same-origin', 'include'])

const requestCache = /** @type {const} */ ([
  'default',
  'no-store',
  'reload',
  'no-cache',
  'force-cache',
  'only-if-cached'
])

/**
 * @see https://fetch.spec.whatwg.org/#request-body-header-name
 */
const requestBodyHeader = /** @type {const} */ ([
  'content-encoding',
  'content-language',
  'content-location',
  'content-type',
  // See https://github.com/nodejs/undici/issues/2021
  // 'Content-Length' is a forbidden header name, which is typically
  // removed in the Headers implementation. However, undici doesn't
  // filter out headers, so we add it here.
  'content-length'
])

/**
 * @see https://fetch.spec.whatwg.org/#enumdef-requestduplex
 */
const requestDuplex = /** @type {const} */ ([
  'half'
])

/**
 * @see http://fetch.spec.whatwg.org/#forbidden-method
 */
const forbiddenMethods = /** @type {const} */ (['CONNECT', 'TRACE', 'TRACK'])
const forbiddenMethodsSet = new Set(forbiddenMethods)

const subresource = /** @type {const} */ ([
  'audio',
  'audioworklet',
  'font',
  'image',
  'manifest',
  'paintworklet',
  'script',
  'style',
  'track',
  'video',
  'xslt',
  ''
])
const subresourceSet = new Set(subresource)

module.exports = {
  subresource,
  forbiddenMethods,
  requestBodyHeader,
  referrerPolicy,
  requestRedirect,
  requestMode,
  requestCredentials,
  requestCache,
  redirectStatus,
  corsSafeListedMethods,
  nullBodyStatus,
  safeMethods,
  badPorts,
  requestDuplex,
  subresourceSet,
  badPortsSet,
  redirectStatusSet,
  corsSafeListedMethodsSet,
  safeMethodsSet,
  forbiddenMethodsSet,
  referrerPolicySet
}


/***/ }),

/***/ 11189:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { isexe, sync: isexeSync } = __webpack_require__(45289)
const { join, delimiter, sep, posix } = __webpack_require__(16928)

const isWindows = process.platform === 'win32'

// used to check for slashed in commands passed in. always checks for the posix
// seperator on all platforms, and checks for the current separator when not on
// a posix platform. don't use the isWindows check for this since that is mocked
// in tests but we still need the code to actually work when called. that is also
// why it is ignored from coverage.
/* istanbul ignore next */
const rSlash = new RegExp(`[${posix.sep}${sep === posix.sep ? '' : sep}]`.replace(/(\\)/g, '\\$1'))
const rRel = new RegExp(`^\\.${rSlash.source}`)

const getNotFoundError = (cmd) =>
  Object.assign(new Error(`not found: ${cmd}`), { code: 'ENOENT' })

const getPathInfo = (cmd, {
  path: optPath = process.env.PATH,
  pathExt: optPathExt = process.env.PATHEXT,
  delimiter: optDelimiter = delimiter,
}) => {
  // If it has a slash, then we don't bother searching the pathenv.
  // just check the file itself, and that's it.
  const pathEnv = cmd.match(rSlash) ? [''] : [
    // windows always checks the cwd first
    ...(isWindows ? [process.cwd()] : []),
    ...(optPath || /* istanbul ignore next: very unusual */ '').split(optDelimiter),
  ]

  if (isWindows) {
    const pathExtExe = optPathExt ||
      ['.EXE', '.CMD', '.BAT', '.COM'].join(optDelimiter)
    const pathExt = pathExtExe.split(optDelimiter).flatMap((item) => [item, item.toLowerCase()])
    if (cmd.includes('.') && pathExt[0] !== '') {
      pathExt.unshift('')
    }
    return { pathEnv, pathExt, pathExtExe }
  }

  return { pathEnv, pathExt: [''] }
}

const getPathPart = (raw, cmd) => {
  const pathPart = /^".*"$/.test(raw) ? raw.slice(1, -1) : raw
  const prefix = !pathPart && rRel.test(cmd) ? cmd.slice(0, 2) : ''
  return prefix + join(pathPart, cmd)
}

const which = async (cmd, opt = {}) => {
  const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt)
  const found = []

  for (const envPart of pathEnv) {
    const p = getPathPart(envPart, cmd)

    for (const ext of pathExt) {
      const withExt = p + ext
      const is = await isexe(withExt, { pathExt: pathExtExe, ignoreErrors: true })
      if (is) {
        if (!opt.all) {
          return withExt
        }
        found.push(withExt)
      }
    }
  }

  if (opt.all && found.length) {
    return found
  }

  if (opt.nothrow) {
    return null
  }

  throw getNotFoundError(cmd)
}

const whichSync = (cmd, opt = {}) => {
  const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt)
  const found = []

  for (const pathEnvPart of pathEnv) {
    const p = getPathPart(pathEnvPart, cmd)

    for (const ext of pathExt) {
      const withExt = p + ext
      const is = isexeSync(withExt, { pathExt: pathExtExe, ignoreErrors: true })
      if (is) {
        if (!opt.all) {
          return withExt
        }
        found.push(withExt)
      }
    }
  }

  if (opt.all && found.length) {
    return found
  }

  if (opt.nothrow) {
    return null
  }

  throw getNotFoundError(cmd)
}

module.exports = which
which.sync = whichSync


/***/ }),

/***/ 45289:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var a=(t,e)=>()=>(e||t((e={exports:{}}).exports,e),e.exports);var _=a(i=>{"use strict";Object.defineProperty(i,"__esModule",{value:!0});i.sync=i.isexe=void 0;var M=__webpack_require__(73024),x=__webpack_require__(51455),q=async(t,e={})=>{let{ignoreErrors:r=!1}=e;try{return d(await(0,x.stat)(t),e)}catch(s){let n=s;if(r||n.code==="EACCES")return!1;throw n}};i.isexe=q;var m=(t,e={})=>{let{ignoreErrors:r=!1}=e;try{return d((0,M.statSync)(t),e)}catch(s){let n=s;if(r||n.code==="EACCES")return!1;throw n}};i.sync=m;var d=(t,e)=>t.isFile()&&A(t,e),A=(t,e)=>{let r=e.uid??process.getuid?.(),s=e.groups??process.getgroups?.()??[],n=e.gid??process.getgid?.()??s[0];if(r===void 0||n===void 0)throw new Error("cannot get uid or gid");let u=new Set([n,...s]),c=t.mode,S=t.uid,P=t.gid,f=parseInt("100",8),l=parseInt("010",8),j=parseInt("001",8),C=f|l;return!!(c&j||c&l&&u.has(P)||c&f&&S===r||c&C&&r===0)}});var g=a(o=>{"use strict";Object.defineProperty(o,"__esModule",{value:!0});o.sync=o.isexe=void 0;var T=__webpack_require__(73024),I=__webpack_require__(51455),D=__webpack_require__(76760),F=async(t,e={})=>{let{ignoreErrors:r=!1}=e;try{return y(await(0,I.stat)(t),t,e)}catch(s){let n=s;if(r||n.code==="EACCES")return!1;throw n}};o.isexe=F;var L=(t,e={})=>{let{ignoreErrors:r=!1}=e;try{return y((0,T.statSync)(t),t,e)}catch(s){let n=s;if(r||n.code==="EACCES")return!1;throw n}};o.sync=L;var B=(t,e)=>{let{pathExt:r=process.env.PATHEXT||""}=e,s=r.split(D.delimiter);if(s.indexOf("")!==-1)return!0;for(let n of s){let u=n.toLowerCase(),c=t.substring(t.length-u.length).toLowerCase();if(u&&c===u)return!0}return!1},y=(t,e,r)=>t.isFile()&&B(e,r)});var p=a(h=>{"use strict";Object.defineProperty(h,"__esModule",{value:!0})});var v=exports&&exports.__createBinding||(Object.create?(function(t,e,r,s){s===void 0&&(s=r);var n=Object.getOwnPropertyDescriptor(e,r);(!n||("get"in n?!e.__esModule:n.writable||n.configurable))&&(n={enumerable:!0,get:function(){return e[r]}}),Object.defineProperty(t,s,n)}):(function(t,e,r,s){s===void 0&&(s=r),t[s]=e[r]})),G=exports&&exports.__setModuleDefault||(Object.create?(function(t,e){Object.defineProperty(t,"default",{enumerable:!0,value:e})}):function(t,e){t.default=e}),w=exports&&exports.__importStar||(function(){var t=function(e){return t=Object.getOwnPropertyNames||function(r){var s=[];for(var n in r)Object.prototype.hasOwnProperty.call(r,n)&&(s[s.length]=n);return s},t(e)};return function(e){if(e&&e.__esModule)return e;var r={};if(e!=null)for(var s=t(e),n=0;n<s.length;n++)s[n]!=="default"&&v(r,e,s[n]);return G(r,e),r}})(),X=exports&&exports.__exportStar||function(t,e){for(var r in t)r!=="default"&&!Object.prototype.hasOwnProperty.call(e,r)&&v(e,t,r)};Object.defineProperty(exports, "__esModule", ({value:!0}));exports.sync=exports.isexe=exports.posix=exports.win32=void 0;var E=w(_());exports.posix=E;var O=w(g());exports.win32=O;X(p(),exports);var H=process.env._ISEXE_TEST_PLATFORM_||process.platform,b=H==="win32"?O:E;exports.isexe=b.isexe;exports.sync=b.sync;
//# sourceMappingURL=index.min.js.map


/***/ }),

/***/ 57349:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);
var Scalar = __webpack_require__(63301);
var YAMLMap = __webpack_require__(84454);
var YAMLSeq = __webpack_require__(92223);
var resolveBlockMap = __webpack_require__(87103);
var resolveBlockSeq = __webpack_require__(90334);
var resolveFlowCollection = __webpack_require__(13142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 23683:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var Document = __webpack_require__(3021);
var composeNode = __webpack_require__(45937);
var resolveEnd = __webpack_require__(17788);
var resolveProps = __webpack_require__(34631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 45937:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var Alias = __webpack_require__(4065);
var identity = __webpack_require__(41127);
var composeCollection = __webpack_require__(57349);
var composeScalar = __webpack_require__(5413);
var resolveEnd = __webpack_require__(17788);
var utilEmptyScalarPosition = __webpack_require__(22599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);
var Scalar = __webpack_require__(63301);
var resolveBlockScalar = __webpack_require__(48913);
var resolveFlowScalar = __webpack_require__(76842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 89984:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var node_process = __webpack_require__(932);
var directives = __webpack_require__(61342);
var Document = __webpack_require__(3021);
var errors = __webpack_require__(91464);
var identity = __webpack_require__(41127);
var composeDoc = __webpack_require__(23683);
var resolveEnd = __webpack_require__(17788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 87103:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var Pair = __webpack_require__(57165);
var YAMLMap = __webpack_require__(84454);
var resolveProps = __webpack_require__(34631);
var utilContainsNewline = __webpack_require__(9499);
var utilFlowIndentCheck = __webpack_require__(74051);
var utilMapIncludes = __webpack_require__(81187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 48913:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var Scalar = __webpack_require__(63301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 90334:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var YAMLSeq = __webpack_require__(92223);
var resolveProps = __webpack_require__(34631);
var utilFlowIndentCheck = __webpack_require__(74051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 17788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 13142:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);
var Pair = __webpack_require__(57165);
var YAMLMap = __webpack_require__(84454);
var YAMLSeq = __webpack_require__(92223);
var resolveEnd = __webpack_require__(17788);
var resolveProps = __webpack_require__(34631);
var utilContainsNewline = __webpack_require__(9499);
var utilMapIncludes = __webpack_require__(81187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // \u2192 key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 76842:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var Scalar = __webpack_require__(63301);
var resolveEnd = __webpack_require__(17788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 34631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 22599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 74051:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var utilContainsNewline = __webpack_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 81187:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var Alias = __webpack_require__(4065);
var Collection = __webpack_require__(40101);
var identity = __webpack_require__(41127);
var Pair = __webpack_require__(57165);
var toJS = __webpack_require__(74043);
var Schema = __webpack_require__(45840);
var stringifyDocument = __webpack_require__(6829);
var anchors = __webpack_require__(71596);
var applyReviver = __webpack_require__(83661);
var createNode = __webpack_require__(42404);
var directives = __webpack_require__(61342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 71596:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);
var visit = __webpack_require__(10204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 83661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 42404:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var Alias = __webpack_require__(4065);
var identity = __webpack_require__(41127);
var Scalar = __webpack_require__(63301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 61342:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);
var visit = __webpack_require__(10204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 91464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '\u2026' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '\u2026';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '\u2026\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 38815:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;


var composer = __webpack_require__(89984);
var Document = __webpack_require__(3021);
var Schema = __webpack_require__(45840);
var errors = __webpack_require__(91464);
var Alias = __webpack_require__(4065);
var identity = __webpack_require__(41127);
var Pair = __webpack_require__(57165);
var Scalar = __webpack_require__(63301);
var YAMLMap = __webpack_require__(84454);
var YAMLSeq = __webpack_require__(92223);
var cst = __webpack_require__(3461);
var lexer = __webpack_require__(40361);
var lineCounter = __webpack_require__(66628);
var parser = __webpack_require__(3456);
var publicApi = __webpack_require__(84047);
var visit = __webpack_require__(10204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
exports.P3 = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 57249:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var node_process = __webpack_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var anchors = __webpack_require__(71596);
var visit = __webpack_require__(10204);
var identity = __webpack_require__(41127);
var Node = __webpack_require__(66673);
var toJS = __webpack_require__(74043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 40101:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var createNode = __webpack_require__(42404);
var identity = __webpack_require__(41127);
var Node = __webpack_require__(66673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 66673:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var applyReviver = __webpack_require__(83661);
var identity = __webpack_require__(41127);
var toJS = __webpack_require__(74043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 57165:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var createNode = __webpack_require__(42404);
var stringifyPair = __webpack_require__(59748);
var addPairToJSMap = __webpack_require__(97104);
var identity = __webpack_require__(41127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 63301:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);
var Node = __webpack_require__(66673);
var toJS = __webpack_require__(74043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 84454:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var stringifyCollection = __webpack_require__(61212);
var addPairToJSMap = __webpack_require__(97104);
var Collection = __webpack_require__(40101);
var identity = __webpack_require__(41127);
var Pair = __webpack_require__(57165);
var Scalar = __webpack_require__(63301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 92223:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var createNode = __webpack_require__(42404);
var stringifyCollection = __webpack_require__(61212);
var Collection = __webpack_require__(40101);
var identity = __webpack_require__(41127);
var Scalar = __webpack_require__(63301);
var toJS = __webpack_require__(74043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 97104:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var log = __webpack_require__(57249);
var merge = __webpack_require__(90452);
var stringify = __webpack_require__(2148);
var identity = __webpack_require__(41127);
var toJS = __webpack_require__(74043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 41127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 74043:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 60110:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var resolveBlockScalar = __webpack_require__(48913);
var resolveFlowScalar = __webpack_require__(76842);
var errors = __webpack_require__(91464);
var stringifyString = __webpack_require__(83069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 91733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 97715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` \u2013 Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` \u2013 Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` \u2013 Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` \u2013 The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var cstScalar = __webpack_require__(60110);
var cstStringify = __webpack_require__(91733);
var cstVisit = __webpack_require__(97715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 40361:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var cst = __webpack_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 66628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var node_process = __webpack_require__(932);
var cst = __webpack_require__(3461);
var lexer = __webpack_require__(40361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 84047:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var composer = __webpack_require__(89984);
var Document = __webpack_require__(3021);
var errors = __webpack_require__(91464);
var log = __webpack_require__(57249);
var identity = __webpack_require__(41127);
var lineCounter = __webpack_require__(66628);
var parser = __webpack_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 45840:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);
var map = __webpack_require__(47451);
var seq = __webpack_require__(1706);
var string = __webpack_require__(66464);
var tags = __webpack_require__(90018);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 47451:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);
var YAMLMap = __webpack_require__(84454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 73632:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var Scalar = __webpack_require__(63301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);
var YAMLSeq = __webpack_require__(92223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 66464:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var stringifyString = __webpack_require__(83069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 73959:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var Scalar = __webpack_require__(63301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 38405:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var Scalar = __webpack_require__(63301);
var stringifyNumber = __webpack_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 59874:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var stringifyNumber = __webpack_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 70896:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var map = __webpack_require__(47451);
var _null = __webpack_require__(73632);
var seq = __webpack_require__(1706);
var string = __webpack_require__(66464);
var bool = __webpack_require__(73959);
var float = __webpack_require__(38405);
var int = __webpack_require__(59874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 33559:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var Scalar = __webpack_require__(63301);
var map = __webpack_require__(47451);
var seq = __webpack_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 90018:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var map = __webpack_require__(47451);
var _null = __webpack_require__(73632);
var seq = __webpack_require__(1706);
var string = __webpack_require__(66464);
var bool = __webpack_require__(73959);
var float = __webpack_require__(38405);
var int = __webpack_require__(59874);
var schema = __webpack_require__(70896);
var schema$1 = __webpack_require__(33559);
var binary = __webpack_require__(56083);
var merge = __webpack_require__(90452);
var omap = __webpack_require__(50303);
var pairs = __webpack_require__(18385);
var schema$2 = __webpack_require__(35913);
var set = __webpack_require__(81528);
var timestamp = __webpack_require__(46752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 56083:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var node_buffer = __webpack_require__(20181);
var Scalar = __webpack_require__(63301);
var stringifyString = __webpack_require__(83069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 88398:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var Scalar = __webpack_require__(63301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 35782:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var Scalar = __webpack_require__(63301);
var stringifyNumber = __webpack_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 10873:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var stringifyNumber = __webpack_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 90452:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);
var Scalar = __webpack_require__(63301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 50303:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);
var toJS = __webpack_require__(74043);
var YAMLMap = __webpack_require__(84454);
var YAMLSeq = __webpack_require__(92223);
var pairs = __webpack_require__(18385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 18385:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);
var Pair = __webpack_require__(57165);
var Scalar = __webpack_require__(63301);
var YAMLSeq = __webpack_require__(92223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 35913:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var map = __webpack_require__(47451);
var _null = __webpack_require__(73632);
var seq = __webpack_require__(1706);
var string = __webpack_require__(66464);
var binary = __webpack_require__(56083);
var bool = __webpack_require__(88398);
var float = __webpack_require__(35782);
var int = __webpack_require__(10873);
var merge = __webpack_require__(90452);
var omap = __webpack_require__(50303);
var pairs = __webpack_require__(18385);
var set = __webpack_require__(81528);
var timestamp = __webpack_require__(46752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 81528:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);
var Pair = __webpack_require__(57165);
var YAMLMap = __webpack_require__(84454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 46752:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var stringifyNumber = __webpack_require__(28689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 34475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var anchors = __webpack_require__(71596);
var identity = __webpack_require__(41127);
var stringifyComment = __webpack_require__(59799);
var stringifyString = __webpack_require__(83069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 61212:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);
var stringify = __webpack_require__(2148);
var stringifyComment = __webpack_require__(59799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 59799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);
var stringify = __webpack_require__(2148);
var stringifyComment = __webpack_require__(59799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 28689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 59748:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);
var Scalar = __webpack_require__(63301);
var stringify = __webpack_require__(2148);
var stringifyComment = __webpack_require__(59799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 83069:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var Scalar = __webpack_require__(63301);
var foldFlowLines = __webpack_require__(34475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 10204:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var identity = __webpack_require__(41127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   systemClock: () => (/* binding */ systemClock)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);

const systemClock = {
    now: () => performance.now(),
    date: () => new Date(),
    sleep: async (ms) => {
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms);
    },
};


/***/ }),

/***/ 44067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SL: () => (/* binding */ CallDeadlines),
/* harmony export */   YA: () => (/* binding */ seconds)
/* harmony export */ });
/* unused harmony export CallAbort */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78474);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98293);


/** A deadline that passed; the message names the limit and its value. */
class DeadlineExceeded extends Error {
    name = 'DeadlineExceeded';
}
/**
 * The reason a call's signal aborts with once the call is over; nobody reads it, and one made
 * per call (the DOMException of a bare `abort()`) would capture a stack trace per request.
 */
const CALL_OVER = new Error('the call is over');
/** `2.5 s`, for the messages of limits. */
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(3))} s`;
}
/**
 * A call's abort as HttpRequester takes it: an EventEmitter with `aborted` and `reason`, as an
 * AbortSignal has them, emitting `abort`. Node 20 gives every AbortSignal hidden classes of its own
 * (three per signal), garbage of the old generation per request; this is a plain class.
 */
class CallAbort extends node_events__WEBPACK_IMPORTED_MODULE_0__.EventEmitter {
    aborted = false;
    reason = undefined;
    /** Aborts once, with `reason` or, as AbortController does without one, an AbortError. */
    abort(reason) {
        if (this.aborted)
            return;
        this.aborted = true;
        this.reason =
            reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
        this.emit('abort');
    }
}
/**
 * The running deadlines of one call: `aborted` (and `signal`, for fetch) aborts when the total limit
 * passes or no chunk came within the idle limit. Call `chunk()` as data arrives and `end()` when the
 * call is over.
 */
class CallDeadlines {
    limits;
    /** For HttpRequester. */
    aborted = new CallAbort();
    /** Made only for a call through fetch, which needs an AbortSignal (see CallAbort). */
    controller;
    idleTimer;
    totalTimer;
    stop = () => this.abort(this.limits.signal?.reason);
    constructor(limits) {
        this.limits = limits;
        const { total, signal } = limits;
        this.totalTimer = total === null ? undefined : setTimeout(() => this.expire(total.message), total.ms);
        if (signal?.aborted)
            this.stop();
        else
            signal?.addEventListener('abort', this.stop, { once: true });
    }
    /** The call's abort as an AbortSignal, for fetch. */
    get signal() {
        if (this.controller === undefined) {
            this.controller = new AbortController();
            if (this.aborted.aborted)
                this.controller.abort(this.aborted.reason);
        }
        return this.controller.signal;
    }
    /** Aborts the call with `reason` (the caller's own abort). */
    abort(reason) {
        this.aborted.abort(reason);
        this.controller?.abort(this.aborted.reason);
    }
    /** A chunk arrived: the idle deadline starts again. */
    chunk = () => {
        const { idle } = this.limits;
        if (idle === null)
            return;
        // One timer per call, restarted: a new one per chunk was a third of a fast request's timers.
        if (this.idleTimer === undefined)
            this.idleTimer = setTimeout(() => this.expire(idle.message), idle.ms);
        else
            this.idleTimer.refresh();
    };
    /** The error to throw when a deadline stopped the call: a server fault naming the limit, so retried. */
    exceeded() {
        const reason = this.aborted.reason;
        return reason instanceof DeadlineExceeded ? new _ports_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelServerError */ .h(reason.message, null, true) : null;
    }
    /** Stops the timers and lets go of a body still streaming (an answer that never ends). */
    end() {
        clearTimeout(this.totalTimer);
        clearTimeout(this.idleTimer);
        this.limits.signal?.removeEventListener('abort', this.stop);
        this.abort(CALL_OVER);
    }
    expire(message) {
        this.abort(new DeadlineExceeded(message));
    }
}


/***/ }),

/***/ 68979:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q$: () => (/* binding */ isServerStatus),
/* harmony export */   SD: () => (/* binding */ tlsAdvice),
/* harmony export */   Vq: () => (/* binding */ HttpRequester),
/* harmony export */   lq: () => (/* binding */ causeSuffix)
/* harmony export */ });
/* unused harmony export connectionFailureText */
/* harmony import */ var node_util_types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73429);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);


/** How many redirects a call follows, as fetch (and undici) do. */
const MAX_REDIRECTS = 20;
/**
 * A connection failure's message on one line for a user. OpenSSL's own text (`write EPROTO
 * 80AC\u2026:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/\u2026c:350:`
 * and a newline) becomes `TLS failed: wrong version number`; `wrong version number` is what a
 * server answering plain HTTP to a TLS handshake gives.
 */
function connectionFailureText(cause) {
    const code = cause.code;
    const certificate = code === undefined ? undefined : CERTIFICATE_FAILURES[code];
    if (certificate !== undefined) {
        const detail = code === 'ERR_TLS_CERT_ALTNAME_INVALID' ? ` (${oneLineOf(cause.message)})` : '';
        return `${CERTIFICATE_REFUSED}, ${code}: ${certificate.what}${detail}`;
    }
    const openssl = /:error:[0-9A-F]+:[^:]+:[^:]*:([^:]+):/i.exec(cause.message);
    if (openssl)
        return `TLS failed: ${openssl[1]}`;
    return oneLineOf(cause.message);
}
function oneLineOf(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** How connectionFailureText begins a certificate's refusal, for certificateAdvice to find. */
const CERTIFICATE_REFUSED = 'TLS certificate refused';
const TRUST_ADVICE = "if you trust that server, set NODE_EXTRA_CA_CERTS=<ca.pem> (its certificate, or the CA that signed it) in exbench's environment";
/**
 * The certificate failures Node's TLS reports (its error codes, from OpenSSL's verify results and
 * Node's host-name check), in words, with how a user fixes each.
 */
const CERTIFICATE_FAILURES = {
    DEPTH_ZERO_SELF_SIGNED_CERT: { what: 'it is self-signed', advice: TRUST_ADVICE },
    SELF_SIGNED_CERT_IN_CHAIN: {
        what: 'its chain ends in a self-signed CA that this machine does not trust',
        advice: TRUST_ADVICE,
    },
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: {
        what: 'it was issued by a CA that this machine does not trust, or the server does not send the intermediate certificates',
        advice: `${TRUST_ADVICE}; or have the server send its full certificate chain`,
    },
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: {
        what: 'it was issued by a CA that this machine does not trust',
        advice: TRUST_ADVICE,
    },
    UNABLE_TO_GET_ISSUER_CERT: {
        what: 'the certificate of its issuer cannot be found',
        advice: `${TRUST_ADVICE}; or have the server send its full certificate chain`,
    },
    CERT_HAS_EXPIRED: {
        what: 'it has expired',
        advice: "renew the server's certificate (or check this machine's clock)",
    },
    CERT_NOT_YET_VALID: {
        what: 'it is not valid yet',
        advice: "check this machine's clock, or the dates of the server's certificate",
    },
    ERR_TLS_CERT_ALTNAME_INVALID: {
        what: 'it is not for this host name',
        advice: 'use the host name the certificate was issued for, or have it reissued for this one',
    },
};
/**
 * How to fix the certificate failure that `reason` (in connectionFailureText's words) tells of;
 * null when it tells of none. Never "start the server": the server answered, its certificate did not pass.
 */
function certificateAdvice(reason) {
    const code = new RegExp(`${CERTIFICATE_REFUSED}, ([A-Z_]+):`).exec(reason)?.[1];
    return code === undefined ? null : (CERTIFICATE_FAILURES[code]?.advice ?? null);
}
/** `: <cause>` for an error carrying the cause Node gave (in connectionFailureText's words), else ''. */
function causeSuffix(error) {
    return error instanceof Error && (0,node_util_types__WEBPACK_IMPORTED_MODULE_0__.isNativeError)(error.cause)
        ? `: ${connectionFailureText(error.cause)}`
        : '';
}
/**
 * The `http:` form of an `https:` address whose TLS handshake failed (`reason` holds
 * connectionFailureText's words), where a plain-HTTP server most likely answered; null otherwise.
 */
function plainHttpInstead(host, reason) {
    return reason.includes('TLS failed: ') && host.startsWith('https:')
        ? host.replace(/^https:/, 'http:')
        : null;
}
/**
 * The advice for a server whose TLS handshake failed (`reason` holds connectionFailureText's
 * words): `usePlain(url)` when a plain-HTTP server most likely answered an `https:` address (see
 * plainHttpInstead), how to fix a refused certificate (certificateAdvice), else null: the caller's
 * own advice for a server it cannot reach.
 */
function tlsAdvice(host, reason, usePlain) {
    const plain = plainHttpInstead(host, reason);
    return plain === null ? certificateAdvice(reason) : usePlain(plain);
}
/**
 * HTTP calls through Node's own `http` module, for the calls a run makes (version, show, list and
 * one generation per row). Node parses HTTP natively; undici parses it in WebAssembly, which V8
 * also optimizes on a background thread that Node waits for at exit (0.1\u20130.2 s at the end of every
 * run on a 2-core machine, bench/fixed-cost.ts), and undici's client loads more of Node (http2,
 * its own streams) at start. Connections are kept alive between calls. No timeout of its own
 * applies besides the connection's, so that only exbench's deadlines do; redirects are followed as
 * fetch follows them. `https:` servers (ollama.com) load Node's `https` on first use.
 */
class HttpRequester {
    connectTimeoutMs;
    /** By protocol: the request function and the keep-alive agent its calls share. */
    transports = new Map();
    constructor(connectTimeoutMs) {
        this.connectTimeoutMs = connectTimeoutMs;
    }
    /**
     * Sends one request. What fails is worded as fetch words it (`fetch failed: <cause>` before an
     * answer, `terminated: <cause>` for a body cut off), so messages and reports read as before; an
     * aborted call rejects with the signal's reason.
     */
    async send(url, init) {
        let answer;
        try {
            answer = await this.follow(new URL(url), init, 0);
        }
        catch (error) {
            throw init.signal.aborted ? init.signal.reason : new TypeError('fetch failed', { cause: error });
        }
        const status = answer.statusCode ?? 0;
        const body = bodyOf(answer, init.signal);
        return {
            status,
            ok: status >= 200 && status < 300,
            statusText: node_http__WEBPACK_IMPORTED_MODULE_1__.STATUS_CODES[status] ?? '',
            contentType: answer.headers['content-type'] ?? '',
            body,
            text: async () => {
                const decoder = new TextDecoder();
                let text = '';
                for await (const bytes of body)
                    text += decoder.decode(bytes, { stream: true });
                return text + decoder.decode();
            },
        };
    }
    /** One request, then the redirects it answers with: 307 and 308 keep the method, the others GET. */
    async follow(url, init, redirects) {
        const answer = await this.once(url, init);
        const status = answer.statusCode ?? 0;
        const location = answer.headers.location;
        if (![301, 302, 303, 307, 308].includes(status) || location === undefined)
            return answer;
        answer.resume();
        if (redirects >= MAX_REDIRECTS)
            throw new Error(`redirect count exceeded (${MAX_REDIRECTS})`);
        const keepsMethod = status === 307 || status === 308 || init.method === 'GET';
        const next = keepsMethod
            ? init
            : { method: 'GET', headers: withoutBodyHeaders(init.headers), signal: init.signal };
        return this.follow(new URL(location, url), next, redirects + 1);
    }
    async once(url, init) {
        const { request, agent } = await this.transportFor(url.protocol);
        return new Promise((resolve, reject) => {
            const { signal } = init;
            if (signal.aborted) {
                reject(new Error('aborted before it was sent')); // send() rethrows the signal's reason
                return;
            }
            const call = request(url, { method: init.method, headers: init.headers, agent });
            // The signal ends a call still under way; once the answer has been read whole, aborting it
            // does nothing, and its connection goes back to the agent for the next call. Destroyed
            // without an error, which would be one more event to hear: the caller learns of the abort
            // from the signal (send rethrows its reason, and so does the body's reader).
            const onAbort = () => {
                call.destroy();
            };
            const stopListening = () => {
                signal.off('abort', onAbort);
            };
            signal.once('abort', onAbort);
            call.once('response', (answer) => {
                // Errors reach the reader of the body; none may go unheard when nobody reads it.
                answer.on('error', () => undefined);
                answer.once('end', stopListening);
                answer.once('close', stopListening);
                resolve(answer);
            });
            // Before the answer, an error fails the call; after it, the body's reader hears of it.
            call.on('error', (error) => {
                stopListening();
                reject(error);
            });
            call.once('close', () => {
                stopListening();
                reject(new Error('the connection closed before an answer'));
            });
            call.once('socket', (socket) => {
                if (!socket.connecting)
                    return;
                const timer = setTimeout(() => {
                    call.destroy(new Error(`Connect Timeout Error (attempted address: ${url.host}, timeout: ${this.connectTimeoutMs}ms)`));
                }, this.connectTimeoutMs);
                const clear = () => clearTimeout(timer);
                socket.once('connect', clear);
                socket.once('close', clear);
            });
            call.end(init.body);
        });
    }
    async transportFor(protocol) {
        let transport = this.transports.get(protocol);
        if (transport === undefined) {
            const module = protocol === 'https:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 19)) : node_http__WEBPACK_IMPORTED_MODULE_1__;
            transport = { request: module.request, agent: new module.Agent({ keepAlive: true }) };
            this.transports.set(protocol, transport);
        }
        return transport;
    }
}
/** A redirected POST that becomes a GET drops what described its body. */
function withoutBodyHeaders(headers) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !/^content-(type|length|encoding|language|location)$/i.test(name)));
}
/**
 * The body's chunks; a body cut off fails as fetch's does, an aborted one with the abort's reason.
 * A body left unread (the rest of an answer after its final chunk) is not destroyed here, which
 * would make an error with a stack trace per request, but by the call's signal when it aborts.
 */
async function* bodyOf(body, signal) {
    try {
        for await (const bytes of body.iterator({ destroyOnReturn: false }))
            yield bytes;
    }
    catch (error) {
        throw signal.aborted ? signal.reason : new TypeError('terminated', { cause: error });
    }
}
/** Whether an HTTP status is the server's fault (so waiting and trying again may help). */
function isServerStatus(status) {
    return status >= 500 || status === 429 || status === 408;
}


/***/ }),

/***/ 92289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   ag: () => (/* binding */ isBlockedPort),
/* harmony export */   h: () => (/* binding */ expectJsonSuccess),
/* harmony export */   s6: () => (/* binding */ NotOllamaError),
/* harmony export */   x2: () => (/* binding */ guardedFetch)
/* harmony export */ });
/* unused harmony export errorOfReplyNotJson */
/* harmony import */ var undici_lib_web_fetch_constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4495);
/* harmony import */ var _http_http_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68979);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98293);



/** The address answers, but not as Ollama: trying again will not help. */
class NotOllamaError extends _ports_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelServerError */ .h {
    constructor(message, status) {
        super(message, status, false);
    }
}
/**
 * A fetch for the official client that keeps two things from reaching the user: a page from a
 * server that is not Ollama (its HTML in the client's message), and the client's own printing
 * (ollama-js `console.log`s before it reads an error body that is not JSON). Ollama answers JSON, or
 * NDJSON for streams, to every API request; anything else on a success is another server, and an
 * error page that is not HTML is passed on as Ollama's JSON error form.
 */
function guardedFetch(base, host) {
    return async (input, init) => {
        const response = await base(input, init);
        const type = response.headers.get('content-type') ?? '';
        if (/json/i.test(type))
            return response;
        const text = await response.text();
        const error = errorOfReplyNotJson(host, pathOf(input), response, type, text);
        return new Response(JSON.stringify({ error }), {
            status: response.status,
            statusText: response.statusText,
            headers: { 'content-type': 'application/json' },
        });
    };
}
/**
 * What a reply of content type `type` that is not JSON says: on a success, or as an HTML page,
 * another server answered (NotOllamaError); otherwise it is an error in plain text, returned as
 * one short line.
 */
function errorOfReplyNotJson(host, path, reply, type, text) {
    if (reply.ok || /html/i.test(type) || /^\s*</.test(text)) {
        throw new NotOllamaError(`${host} is not an Ollama server: it answered ${path} with HTTP ${reply.status} and ${describeBody(type, text)} instead of Ollama's JSON`, reply.status);
    }
    return oneLine(text, 200) || `HTTP ${reply.status}`;
}
/**
 * Throws what an answer that is not a success in JSON means, as the official client and
 * guardedFetch word it: Ollama's `{"error": "\u2026"}` (or the status and its text when there is none)
 * with the status; a reply that is not JSON as errorOfReplyNotJson says.
 */
async function expectJsonSuccess(answer, host, path) {
    const json = /json/i.test(answer.contentType);
    if (answer.ok && json)
        return;
    const text = await answer.text();
    const message = json
        ? errorOfJson(text, answer)
        : errorOfReplyNotJson(host, path, answer, answer.contentType, text);
    throw new _ports_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelServerError */ .h(message, answer.status, (0,_http_http_request_js__WEBPACK_IMPORTED_MODULE_1__/* .isServerStatus */ .Q$)(answer.status));
}
/** Ollama's `{"error": "\u2026"}`; as ollama-js, the status and its text when there is none. */
function errorOfJson(text, answer) {
    const fallback = `Error ${answer.status}: ${answer.statusText}`;
    try {
        const body = JSON.parse(text);
        const error = body?.error;
        return typeof error === 'string' && error !== '' ? error : fallback;
    }
    catch {
        return fallback;
    }
}
/**
 * Whether fetch refuses to connect to the address's port (WHATWG fetch's blocked ports, e.g. 6000
 * for X11). A pull goes through fetch, so such an address is refused before anything is sent.
 */
function isBlockedPort(url) {
    try {
        const { protocol, port } = new URL(url);
        return (protocol === 'http:' || protocol === 'https:') && undici_lib_web_fetch_constants_js__WEBPACK_IMPORTED_MODULE_0__.badPortsSet.has(port);
    }
    catch {
        return false;
    }
}
function pathOf(input) {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    try {
        return new URL(href).pathname;
    }
    catch {
        return href;
    }
}
function describeBody(type, text) {
    if (/html/i.test(type) || /^\s*</.test(text)) {
        const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
        return title && oneLine(title, 80)
            ? `an HTML page titled ${JSON.stringify(oneLine(title, 80))}`
            : 'an HTML page';
    }
    return type === '' ? 'a body of no stated type' : `${JSON.stringify(type)}`;
}
/** Untrusted server text as one short line of printable characters. */
function oneLine(text, max) {
    const flat = text
        .replace(/\p{Cc}+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}


/***/ }),

/***/ 54533:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ ModelProgress),
/* harmony export */   cf: () => (/* binding */ rateText),
/* harmony export */   oz: () => (/* binding */ progressLine),
/* harmony export */   wo: () => (/* binding */ timeLeftText)
/* harmony export */ });
/* unused harmony export shortDuration */
/** Counts one model's finished rows against the clock. */
class ModelProgress {
    model;
    total;
    startedAtMs;
    done = 0;
    passed = 0;
    constructor(model, total, startedAtMs) {
        this.model = model;
        this.total = total;
        this.startedAtMs = startedAtMs;
    }
    row(row) {
        this.done += 1;
        if (row.correct)
            this.passed += 1;
    }
    facts(nowMs) {
        const elapsedSeconds = (nowMs - this.startedAtMs) / 1000;
        const rowsPerSecond = this.done === 0 || elapsedSeconds <= 0 ? null : this.done / elapsedSeconds;
        return {
            model: this.model,
            done: this.done,
            total: this.total,
            passed: this.passed,
            rowsPerSecond,
            secondsLeft: rowsPerSecond === null ? null : (this.total - this.done) / rowsPerSecond,
        };
    }
}
/** `1 h 02 min`, `4 min 18 s`, `12 s`. */
function shortDuration(seconds) {
    const whole = Math.max(0, Math.round(seconds));
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    const s = whole % 60;
    if (h > 0)
        return `${h} h ${String(m).padStart(2, '0')} min`;
    if (m > 0)
        return `${m} min ${String(s).padStart(2, '0')} s`;
    return `${s} s`;
}
function rateText(facts) {
    return facts.rowsPerSecond === null ? '\u2013 rows/s' : `${facts.rowsPerSecond.toFixed(1)} rows/s`;
}
function timeLeftText(facts) {
    if (facts.done === facts.total)
        return 'done';
    return facts.secondsLeft === null ? 'time left unknown' : `about ${shortDuration(facts.secondsLeft)} left`;
}
/** One plain line: `llama3.2:1b: 120/1000 rows (12%), 110 passed, 3.4 rows/s, about 4 min 18 s left`. */
function progressLine(facts) {
    const percent = facts.total === 0 ? 100 : Math.floor((100 * facts.done) / facts.total);
    return (`${facts.model}: ${facts.done}/${facts.total} rows (${percent}%), ${facts.passed} passed, ` +
        `${rateText(facts)}, ${timeLeftText(facts)}`);
}


/***/ }),

/***/ 43102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runParsedCommand: () => (/* binding */ runParsedCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/adapters/clock/system-clock.js
var system_clock = __webpack_require__(709);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/benchmark-file.js + 3 modules
var benchmark_file = __webpack_require__(309);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/config/choice-benchmark-text.js
/**
 * Whether a benchmark YAML text is a multiple-choice wrapper (it has `questions:`), not a prompt file.
 * Apart from choice-benchmark.ts so a reader can tell without loading the CSV parser.
 */
function isChoiceBenchmarkText(text) {
    return /^questions\s*:/m.test(text);
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/errors.js
var errors = __webpack_require__(51398);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/checks.js
var config_checks = __webpack_require__(54831);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/config/prompt-list.js



/** The placeholder each line of a prompt list fills: the whole prompt is the line. */
const PROMPT_LIST_VARIABLE = 'prompt';
/** Whether a benchmark path names a plain prompt list rather than a YAML file. */
function isPromptList(path) {
    return /\.txt$/i.test(path);
}
/**
 * A plain text file of prompts, one a line, as a latency benchmark with nothing to judge (evaluator
 * none). Blank lines and lines starting with `#` are skipped; each prompt is trimmed. Named after
 * the file.
 */
function parsePromptList(text, fileName) {
    const rows = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const prompt = raw.trim();
        if (prompt === '' || prompt.startsWith('#'))
            return;
        rows.push({
            index: rows.length + 1,
            line: i + 1,
            variables: { [PROMPT_LIST_VARIABLE]: prompt },
            expectation: '',
            checks: [],
        });
    });
    if (rows.length === 0) {
        throw new errors/* ConfigurationError */.j1(`${fileName}: no prompts (expected one prompt a line; blank lines and lines starting with # are skipped)`);
    }
    const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
    return {
        fileName,
        benchmarkName: base.replace(/\.txt$/i, '') || base,
        purpose: 'Latency of free-form prompts (no expectation)',
        basePrompt: `{{${PROMPT_LIST_VARIABLE}}}`,
        evaluator: config_checks/* NO_EXPECTATION_EVALUATOR */.vH,
        rows,
        ...(0,benchmark_file/* noFileRunFields */.i8)(),
        unknownKeys: [],
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/fs/benchmark-source.js






/** Multiple-choice questions (and the CSV parser they need) are loaded only for a multiple-choice benchmark. */
const choiceSource = () => __webpack_require__.e(/* import() */ 306).then(__webpack_require__.bind(__webpack_require__, 74306));
/**
 * The benchmark a command-line argument names: a YAML file, or multiple-choice CSV files (a file, a
 * glob or a folder of them).
 */
async function loadBenchmarkArgument(argument, cwd) {
    if (/\.ya?ml$/i.test(argument) || isPromptList(argument))
        return loadBenchmarkFile(external_node_path_.resolve(cwd, argument));
    const choice = await choiceSource();
    if (await choice.isChoiceArgument(argument, cwd))
        return choice.loadChoiceArguments([argument], cwd);
    throw new errors/* ConfigurationError */.j1(`${argument}: the last argument must be the benchmark: a YAML file (.yaml or .yml), a .txt list of prompts, or multiple-choice questions (a .csv file, a glob of them or a folder); see exbench --help`);
}
/**
 * Reads and parses a benchmark file: YAML (a benchmark, or a multiple-choice wrapper), or a `.txt`
 * list of prompts (one a line, nothing judged). A missing or unreadable file is the user's error.
 */
async function loadBenchmarkFile(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new errors/* ConfigurationError */.j1(`${file}: benchmark file not found`);
        if (code === 'EISDIR')
            throw new errors/* ConfigurationError */.j1(`${file}: is a directory, expected a benchmark YAML file`);
        throw new errors/* ConfigurationError */.j1(`${file}: cannot read benchmark file (${code ?? String(error)})`);
    }
    if (isPromptList(file))
        return parsePromptList(text, file);
    if (isChoiceBenchmarkText(text))
        return (await choiceSource()).loadChoiceWrapper(text, file);
    return (0,benchmark_file/* readBenchmarkText */.Dw)(text, file);
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/adapters/fs/report-store.js
var report_store = __webpack_require__(91380);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/adapters/fs/run-journal.js
var run_journal = __webpack_require__(60115);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/safe-text.js
var safe_text = __webpack_require__(51863);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/logger/console-logger.js

/** Logger for the CLI: progress to stderr, so stdout stays for the results table. */
class ConsoleLogger {
    verbose;
    write;
    depth = 0;
    constructor(verbose = false, write = (line) => process.stderr.write(`${line}\n`)) {
        this.verbose = verbose;
        this.write = write;
    }
    debug(message) {
        if (this.verbose)
            this.line(message);
    }
    info(message) {
        this.line(message);
    }
    warning(message) {
        this.line(`warning: ${message}`);
    }
    error(message) {
        this.line(`error: ${message}`);
    }
    async group(name, body) {
        this.line(`\u25b8 ${name}`);
        this.depth += 1;
        try {
            return await body();
        }
        finally {
            this.depth -= 1;
        }
    }
    line(message) {
        const indent = '  '.repeat(this.depth);
        for (const part of (0,safe_text/* terminalText */.eR)(message).split('\n'))
            this.write(`${indent}${part}`);
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/run-observers.js
/** One observer that tells each of `observers` in turn (those left undefined are left out). */
function combineObservers(...observers) {
    const present = observers.filter((o) => o !== undefined);
    if (present.length <= 1)
        return present[0];
    return {
        modelStarted: (ref, rowCount) => present.forEach((o) => o.modelStarted?.(ref, rowCount)),
        rowFinished: (ref, row) => present.forEach((o) => o.rowFinished?.(ref, row)),
        rowAnswered: (ref, answer) => present.forEach((o) => o.rowAnswered?.(ref, answer)),
        modelFinished: (model) => present.forEach((o) => o.modelFinished?.(model)),
    };
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/run-targets.js
var run_targets = __webpack_require__(51643);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/row-verdict.js
var row_verdict = __webpack_require__(50969);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/failure-list.js



/** Longest reason shown on one line; the report has it whole. */
const REASON_CHARS = 160;
/**
 * The lines that list a finished model's failing rows for the console: the first `limit` (or all)
 * with row index, YAML line and a short reason, then how many were left out and how to see them.
 * No lines when every row passed or none ran. Server and model text in reasons is escaped.
 */
function failureListLines(model, limit, seeAllHint) {
    if (!(0,row_verdict/* ranRows */.HO)(model.status))
        return [];
    const failing = model.rows.filter((row) => (0,row_verdict/* didNotPass */.mD)(row.status));
    if (failing.length === 0 || limit === 0)
        return [];
    const shown = limit === 'all' ? failing : failing.slice(0, limit);
    const left = failing.length - shown.length;
    const ran = model.rows.filter((row) => row.status !== 'not_run').length;
    // With repeats a row has several results: count results, and say which repeat failed.
    const repeated = model.rows.some((row) => (row.repeat ?? 1) > 1);
    return [
        `${(0,safe_text/* escapeControls */.UN)((0,run_targets/* targetName */.je)(model.ref))}: ${failing.length} of ${ran} ${repeated ? 'results (rows × repeats)' : 'rows'} did not pass:`,
        ...shown.map((row) => `  ${failureLine(row, repeated)}`),
        ...(left > 0 ? [`  \u2026 and ${left} more (${seeAllHint})`] : []),
    ];
}
function failureLine(row, repeated) {
    const where = row.line === null ? '' : ` (line ${row.line})`;
    const repeat = repeated ? `, repeat ${row.repeat ?? 1}` : '';
    const reason = row.reason ?? row.error ?? '';
    const status = row.status.replace('_', ' ');
    // "timed out after 1 s" says its status already.
    const said = reason === ''
        ? status
        : reason.startsWith(status)
            ? shortReason(reason)
            : `${status} \u2014 ${shortReason(reason)}`;
    return `row ${row.index}${repeat}${where}: ${said}`;
}
function shortReason(reason) {
    const oneLine = reason.replace(/\s+/g, ' ').trim();
    const clipped = Array.from(oneLine).length <= REASON_CHARS
        ? oneLine
        : `${Array.from(oneLine)
            .slice(0, REASON_CHARS - 1)
            .join('')}\u2026`;
    return (0,safe_text/* escapeControls */.UN)(clipped);
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/adapters/progress/model-progress.js
var model_progress = __webpack_require__(54533);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/progress/line-progress.js


/** A line at least this often while rows finish\u2026 */
const PROGRESS_LINE_INTERVAL_MS = 10_000;
/** \u2026and at every tenth of a model's rows. */
const PROGRESS_STEPS = 10;
/**
 * Progress for a log without a terminal (CI): a plain line every 10 s or every 10 % of a model's
 * rows, whichever comes first, and one when its last row finishes. Lines go to `write`, which for
 * the action is the logger, so they land inside the model's log group.
 */
class LineProgress {
    clock;
    write;
    /** By targetKey: with --parallel-models several models run at once. */
    running = new Map();
    constructor(clock, write) {
        this.clock = clock;
        this.write = write;
    }
    modelStarted(ref, rowCount) {
        const now = this.clock.now();
        this.running.set((0,run_targets/* targetKey */.hD)(ref), {
            progress: new model_progress/* ModelProgress */.B_((0,run_targets/* targetName */.je)(ref), rowCount, now),
            lastLineAt: now,
            lastStep: 0,
        });
    }
    rowFinished(ref, row) {
        const current = this.running.get((0,run_targets/* targetKey */.hD)(ref));
        if (current === undefined)
            return;
        current.progress.row(row);
        const now = this.clock.now();
        const facts = current.progress.facts(now);
        const step = facts.total === 0 ? PROGRESS_STEPS : Math.floor((PROGRESS_STEPS * facts.done) / facts.total);
        if (step > current.lastStep || now - current.lastLineAt >= PROGRESS_LINE_INTERVAL_MS) {
            current.lastStep = step;
            current.lastLineAt = now;
            this.write((0,model_progress/* progressLine */.oz)(facts));
        }
    }
    modelFinished(model) {
        this.running.delete((0,run_targets/* targetKey */.hD)(model.ref));
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/progress/progress-display.js



async function createProgressDisplay(options) {
    // cli-progress is loaded only when bars are drawn: a run in CI or piped to a log never needs it.
    const bars = options.quiet || options.terminal === undefined
        ? null
        : new (await __webpack_require__.e(/* import() */ 805).then(__webpack_require__.bind(__webpack_require__, 86805))).BarProgress(options.terminal, options.clock, options.safe);
    const writeLine = (line) => (bars === null ? options.writeLine(line) : bars.log(line));
    const lines = options.quiet || bars !== null
        ? undefined
        : new LineProgress(options.clock, (line) => writeLine(options.safe(line)));
    const failures = {
        modelFinished: (model) => {
            const listed = failureListLines(model, options.showFailures, options.seeAllHint);
            for (const line of listed)
                writeLine(options.safe(line));
        },
    };
    return {
        observer: combineObservers(bars ?? undefined, lines, failures),
        writeLine,
        stop: () => bars?.stop(),
    };
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/constants.js
var constants = __webpack_require__(75512);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/ports.js
var src_ports = __webpack_require__(98293);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/adapters/http/http-request.js
var http_request = __webpack_require__(68979);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/adapters/ollama/reply-guard.js
var reply_guard = __webpack_require__(92289);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/adapters/http/call-deadlines.js
var call_deadlines = __webpack_require__(44067);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/ollama/streamed-reply.js

/** Said when a stream ends before its last message, in the words of ollama-js. */
const NO_DONE_MESSAGE = 'Did not receive done or success response in stream.';
/**
 * The messages of Ollama's reply to a streamed request (`stream: true`), read as the official
 * client reads them: NDJSON, one object a line; a line that is not JSON is skipped; a message with
 * `error` (a failure after HTTP 200) throws it; the stream ends at the message with `done` (or
 * status `success`), and one that ends before it throws. An HTTP error status throws Ollama's
 * error text with the status; a reply that is not JSON is handled as by guardedFetch.
 */
async function streamedMessages(answer, host, path) {
    await (0,reply_guard/* expectJsonSuccess */.h)(answer, host, path);
    return messagesUntilDone(answer.body);
}
/**
 * The messages of an NDJSON body up to the one with `done`. One generator, not a parser of lines
 * and a reader of messages stacked: each layer costs a promise and a result object per token.
 */
async function* messagesUntilDone(body) {
    const decoder = new TextDecoder();
    let pending = '';
    for await (const bytes of body) {
        pending += decoder.decode(bytes, { stream: true });
        let start = 0;
        for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
            const value = parsed(pending.slice(start, end));
            start = end + 1;
            if (value === SKIPPED)
                continue;
            const message = messageOf(value);
            yield message;
            if (isLast(message))
                return;
        }
        pending = pending.slice(start);
    }
    pending += decoder.decode();
    for (const line of pending.split('\n')) {
        const value = line === '' ? SKIPPED : parsed(line);
        if (value === SKIPPED)
            continue;
        const message = messageOf(value);
        yield message;
        if (isLast(message))
            return;
    }
    throw new Error(NO_DONE_MESSAGE);
}
/** A JSON value of the stream as a message; a message with `error` throws it, as ollama-js does. */
function messageOf(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new Error(`the stream sent a line that is not a JSON object: ${(0,reply_guard/* oneLine */.TN)(JSON.stringify(value), 80)}`);
    }
    const message = value;
    if ('error' in message)
        throw new Error(String(message.error));
    return message;
}
function isLast(message) {
    return Boolean(message.done) || message.status === 'success';
}
/** A line that is not JSON, skipped as ollama-js does. */
const SKIPPED = Symbol('skipped');
function parsed(line) {
    try {
        return JSON.parse(line);
    }
    catch {
        return SKIPPED;
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/ollama/client.js







/** The ResponseError the official client (used for pulls) throws for an HTTP error status. */
function statusOf(error) {
    if (error instanceof Error && 'status_code' in error && typeof error.status_code === 'number')
        return error.status_code;
    return null;
}
/**
 * Classifies what the client threw. An HTTP status decides by its class; anything else is the
 * connection failing or the server reporting an error mid-stream (after HTTP 200), where a second
 * try may well pass for generation but not for a pull whose manifest does not exist.
 */
function toServerError(error, streamErrorsRetry) {
    if (error instanceof src_ports/* ModelServerError */.h)
        return error;
    const message = error instanceof Error ? error.message : String(error);
    const status = statusOf(error);
    if (status !== null)
        return new src_ports/* ModelServerError */.h(message, status, (0,http_request/* isServerStatus */.Q$)(status));
    const connection = error instanceof TypeError || /did not receive done/i.test(message);
    return new src_ports/* ModelServerError */.h(`${message}${(0,http_request/* causeSuffix */.lq)(error)}`, null, connection || streamErrorsRetry);
}
/**
 * ModelServer over Ollama's REST API through HttpRequester (Node's `http`): generation, the one
 * call made per row, reads the NDJSON stream itself as the official client does (streamed-reply.ts),
 * for a fraction of fetch's garbage, and version, show and list are plain JSON calls. Only a pull, for
 * its streamed progress, goes through the official client and fetch, both loaded when a pull
 * starts: a run that pulls nothing evaluates neither (nor Node's own fetch, which the client's
 * `instanceof Headers` would load).
 */
class OllamaModelServer {
    host;
    clock;
    deadlines;
    /** The given fetch, or once a pull needs it, undici's. */
    fetch;
    requester;
    /** The official client's headers, with its `Authorization` for ollama.com (OLLAMA_API_KEY). */
    headers;
    constructor(options) {
        this.host = options.url;
        this.clock = options.clock;
        this.deadlines = {
            connectMs: options.deadlines?.connectMs ?? constants/* DEFAULT_CONNECT_TIMEOUT_MS */.od,
            requestMs: options.deadlines?.requestMs ?? constants/* DEFAULT_REQUEST_TIMEOUT_MS */.Zc,
            idleMs: options.deadlines?.idleMs ?? constants/* DEFAULT_IDLE_TIMEOUT_MS */.C9,
        };
        this.fetch = options.fetch;
        this.requester = new http_request/* HttpRequester */.Vq(this.deadlines.connectMs);
        this.headers = { 'content-type': 'application/json', accept: 'application/json' };
        const apiKey = process.env.OLLAMA_API_KEY;
        if (apiKey && isOllamaCom(this.host))
            this.headers.authorization = `Bearer ${apiKey}`;
    }
    /**
     * Runs `body` with deadlines of its own, whose signal aborts the call when a limit passes; what
     * the call throws then is a ModelServerError naming the limit (a server fault, so retried).
     */
    async limited(limits, body) {
        const deadlines = new call_deadlines/* CallDeadlines */.SL(limits);
        try {
            return await body(deadlines);
        }
        catch (error) {
            throw deadlines.exceeded() ?? error;
        }
        finally {
            // Also lets go of a stream left after `done`.
            deadlines.end();
        }
    }
    /** An official client whose requests are cut off by `deadlines`. */
    async clientWithin(deadlines) {
        const { Ollama } = await __webpack_require__.e(/* import() */ 693).then(__webpack_require__.bind(__webpack_require__, 79693));
        if (this.fetch === undefined) {
            const { unlimitedFetch } = await __webpack_require__.e(/* import() */ 241).then(__webpack_require__.bind(__webpack_require__, 49241));
            this.fetch = unlimitedFetch(this.deadlines.connectMs);
        }
        const fetch = this.fetch;
        const limitedFetch = (async (input, init) => {
            // The client's own abort reaches this call's deadlines. (AbortSignal.any costs a weak
            // reference and a finalizer per request in Node 20, a third of a fast request's time.)
            const outer = init?.signal;
            if (outer) {
                if (outer.aborted)
                    deadlines.abort(outer.reason);
                else
                    outer.addEventListener('abort', () => deadlines.abort(outer.reason), { once: true });
            }
            const response = await fetch(input, { ...init, signal: deadlines.signal });
            deadlines.chunk();
            return response;
        });
        return new Ollama({ host: this.host, fetch: (0,reply_guard/* guardedFetch */.x2)(limitedFetch, this.host) });
    }
    /** Sends `body` (if any) as JSON to `path`; the answer's headers count as a chunk. */
    async send(method, path, body, deadlines) {
        const answer = await this.requester.send(`${this.host.replace(/\/+$/, '')}${path}`, {
            method,
            headers: this.headers,
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            signal: deadlines.aborted,
        });
        deadlines.chunk();
        return answer;
    }
    /** POSTs `body` to `path` with `stream: true` and gives the messages of the reply. */
    async streamed(path, body, deadlines) {
        return streamedMessages(await this.send('POST', path, body, deadlines), this.host, path);
    }
    /**
     * Ollama's JSON reply to `path`, as the official client reads it; an error status, or a reply
     * that is not JSON, throws as in a streamed reply.
     */
    async json(method, path, body, deadlines) {
        const answer = await this.send(method, path, body, deadlines);
        await (0,reply_guard/* expectJsonSuccess */.h)(answer, this.host, path);
        return JSON.parse(await answer.text());
    }
    async version() {
        const { connectMs } = this.deadlines;
        const limits = {
            total: { ms: connectMs, message: `GET /api/version got no answer within ${(0,call_deadlines/* seconds */.YA)(connectMs)}` },
            idle: null,
        };
        if ((0,reply_guard/* isBlockedPort */.ag)(this.host)) {
            throw new errors/* ConfigurationError */.j1(`cannot use ${this.host}: its port is one that fetch refuses to connect to (a port of another protocol, such as 6000 for X11); run Ollama on another port, e.g. OLLAMA_HOST=127.0.0.1:11434`);
        }
        try {
            const reply = await this.limited(limits, (d) => this.json('GET', '/api/version', undefined, d));
            return reply.version;
        }
        catch (error) {
            if (error instanceof reply_guard/* NotOllamaError */.s6)
                throw new errors/* ExternalError */.yA(`${error.message}; point OLLAMA_HOST or --host at Ollama`);
            // Ollama answers this with its version whatever it is doing: a refusal came from elsewhere.
            const status = error instanceof src_ports/* ModelServerError */.h ? error.status : null;
            if (status !== null && status >= 400 && status < 500) {
                const said = error.message;
                throw new errors/* ExternalError */.yA(`${this.host} is not an Ollama server, or something in front of it (a proxy) refused the request: it answered GET /api/version with HTTP ${status}${said === `HTTP ${status}` ? '' : ` (${said})`}; point OLLAMA_HOST or --host at Ollama`);
            }
            const reason = error instanceof src_ports/* ModelServerError */.h ? error.message : toServerError(error, false).message;
            // Something listens there, but does not speak TLS: most likely Ollama itself, over plain HTTP.
            const advice = (0,http_request/* tlsAdvice */.SD)(this.host, reason, (plain) => `if the server there speaks plain HTTP (as Ollama does), use ${plain}`) ?? 'start it with "ollama serve", or point OLLAMA_HOST or --host at a running server';
            throw new errors/* ExternalError */.yA(`cannot reach Ollama at ${this.host} (${reason}); ${advice}`);
        }
    }
    async show(model) {
        const { requestMs } = this.deadlines;
        const limits = (what) => ({
            total: { ms: requestMs, message: `${what} got no answer within ${(0,call_deadlines/* seconds */.YA)(requestMs)}` },
            idle: null,
        });
        let shown;
        try {
            shown = await this.limited(limits('POST /api/show'), (d) => this.json('POST', '/api/show', { model }, d));
        }
        catch (error) {
            const failure = toServerError(error, false);
            // Ollama's "model not found"; a page from another server at that address is no answer.
            if (failure.status === 404 && !(failure instanceof reply_guard/* NotOllamaError */.s6))
                return null;
            throw failure;
        }
        // The digest and size are only in the list of local models.
        const listed = await this.limited(limits('GET /api/tags'), (d) => this.json('GET', '/api/tags', undefined, d)).catch((error) => {
            throw toServerError(error, false);
        });
        const wanted = withTag(model);
        const entry = (listed.models ?? []).find((m) => m.name === wanted || m.model === wanted);
        const info = (shown.model_info ?? {});
        const architecture = typeof info['general.architecture'] === 'string' ? info['general.architecture'] : null;
        const contextLength = architecture ? info[`${architecture}.context_length`] : undefined;
        return {
            name: entry?.name ?? wanted,
            digest: entry?.digest ?? null,
            sizeBytes: entry?.size ?? null,
            family: shown.details?.family || null,
            parameterSize: shown.details?.parameter_size || null,
            quantizationLevel: shown.details?.quantization_level || null,
            format: shown.details?.format || null,
            contextLength: typeof contextLength === 'number' ? contextLength : null,
            // Go omits an empty list; a server too old to report capabilities says nothing either.
            capabilities: Array.isArray(shown.capabilities)
                ? shown.capabilities.filter((c) => typeof c === 'string')
                : null,
        };
    }
    async listModels() {
        const { requestMs } = this.deadlines;
        const limits = {
            total: { ms: requestMs, message: `GET /api/tags got no answer within ${(0,call_deadlines/* seconds */.YA)(requestMs)}` },
            idle: null,
        };
        try {
            const listed = await this.limited(limits, (d) => this.json('GET', '/api/tags', undefined, d));
            return (listed.models ?? []).map((model) => ({ name: model.name }));
        }
        catch (error) {
            throw toServerError(error, false);
        }
    }
    async pull(model, onProgress) {
        const { idleMs } = this.deadlines;
        const limits = {
            total: null,
            idle: { ms: idleMs, message: `the pull sent no progress for ${(0,call_deadlines/* seconds */.YA)(idleMs)}` },
        };
        try {
            await this.limited(limits, async (deadlines) => {
                const client = await this.clientWithin(deadlines);
                const stream = await client.pull({ model, stream: true });
                for await (const part of stream) {
                    deadlines.chunk();
                    onProgress({
                        status: part.status,
                        ...(part.digest ? { digest: part.digest } : {}),
                        ...(typeof part.total === 'number' ? { total: part.total } : {}),
                        ...(typeof part.completed === 'number' ? { completed: part.completed } : {}),
                    });
                }
            });
        }
        catch (error) {
            throw toServerError(error, false);
        }
    }
    async generate(request) {
        const started = this.clock.now();
        let firstTokenAt = null;
        let response = '';
        let thinking = '';
        let final = null;
        const { requestMs, idleMs } = this.deadlines;
        const limits = {
            total: { ms: requestMs, message: `generation did not finish within ${(0,call_deadlines/* seconds */.YA)(requestMs)}` },
            idle: { ms: idleMs, message: `no token for ${(0,call_deadlines/* seconds */.YA)(idleMs)}` },
            ...(request.signal ? { signal: request.signal } : {}),
        };
        try {
            await this.limited(limits, async (deadlines) => {
                const body = { model: request.model, prompt: request.prompt, options: request.options, stream: true };
                for await (const message of await this.streamed('/api/generate', body, deadlines)) {
                    deadlines.chunk();
                    const part = message;
                    const text = part.response ?? '';
                    const thought = part.thinking ?? '';
                    if (firstTokenAt === null && (text !== '' || thought !== ''))
                        firstTokenAt = this.clock.now();
                    response += text;
                    thinking += thought;
                    if (part.done)
                        final = part;
                }
            });
        }
        catch (error) {
            throw toServerError(error, true);
        }
        const ended = this.clock.now();
        if (!final)
            throw new src_ports/* ModelServerError */.h('the stream ended without a final chunk', null, true);
        return {
            response,
            thinking,
            doneReason: final.done_reason || null,
            // Ollama omits zero-valued counts and durations from the final chunk.
            evalCount: final.eval_count ?? 0,
            evalDurationNs: final.eval_duration ?? 0,
            promptEvalCount: final.prompt_eval_count ?? 0,
            promptEvalDurationNs: final.prompt_eval_duration ?? 0,
            loadDurationNs: final.load_duration ?? 0,
            totalDurationNs: final.total_duration ?? 0,
            timeToFirstTokenMs: firstTokenAt === null ? null : firstTokenAt - started,
            wallMs: ended - started,
        };
    }
}
/** Where the official client sends OLLAMA_API_KEY: Ollama's cloud, over https. */
function isOllamaCom(host) {
    try {
        const url = new URL(host);
        return url.protocol === 'https:' && url.hostname === 'ollama.com';
    }
    catch {
        return false;
    }
}
/** Ollama names a model without a tag `:latest`. */
function withTag(model) {
    const lastSegment = model.split('/').at(-1) ?? model;
    return lastSegment.includes(':') ? model : `${model}:latest`;
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/evaluators.js
var evaluators = __webpack_require__(97779);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/sandbox/no-code-runner.js

/** Whether the benchmark's evaluator runs generated code, and so needs a sandbox at all. */
function runsCode(benchmark) {
    return evaluators/* EVALUATORS */.J[benchmark.evaluator].executor !== null;
}
/**
 * The runner for evaluators that run no code (raw_string_evaluator, say): no sandbox is started,
 * so the run does not pay for probing one; the report says so in its sandbox description.
 */
const NO_CODE_RUNNER = {
    sandbox: {
        tier: 'process',
        isolates: [],
        doesNotIsolate: ['nothing: no sandbox was started, as this evaluator runs no generated code'],
        warning: null,
    },
    available: () => Promise.resolve(new Set()),
    run: () => Promise.reject(new Error('this evaluator runs no code, so no sandbox was started')),
};

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/engine-servers.js
/**
 * The adapter for each server address given (`--server`, `servers:`, the `servers` input). Each
 * engine's adapter is loaded only when its address is given: a run against Ollama alone loads none.
 */
async function createEngineServers(request) {
    const { addresses, ...common } = request;
    const servers = {};
    if (addresses.llamacpp !== undefined) {
        const { LlamaCppModelServer } = await __webpack_require__.e(/* import() */ 614).then(__webpack_require__.bind(__webpack_require__, 47614));
        servers.llamacpp = new LlamaCppModelServer({ url: addresses.llamacpp, ...common });
    }
    if (addresses.openai !== undefined) {
        const { OpenAiCompatibleModelServer } = await __webpack_require__.e(/* import() */ 457).then(__webpack_require__.bind(__webpack_require__, 50457));
        servers.openai = new OpenAiCompatibleModelServer({ url: addresses.openai, ...common });
    }
    return servers;
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/engine-servers.js
var engine_servers = __webpack_require__(66977);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/adapters/system/interrupts.js
var interrupts = __webpack_require__(18160);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./node_modules/which/lib/index.js
var lib = __webpack_require__(11189);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/system/fingerprint.js



/** GitHub's runner variables that name the machine image (set by the runner, not by workflows). */
const RUNNER_VARIABLES = {
    imageOs: 'ImageOS',
    imageVersion: 'ImageVersion',
    name: 'RUNNER_NAME',
    environment: 'RUNNER_ENVIRONMENT',
    githubActions: 'GITHUB_ACTIONS',
};
/** A vendor tool that hangs (a wedged driver) must not hold up the benchmark. */
const GPU_PROBE_TIMEOUT_MS = 5000;
const NVIDIA_SMI_ARGS = ['--query-gpu=name,memory.total,driver_version', '--format=csv,noheader'];
const ROCM_SMI_ARGS = ['--showproductname', '--showmeminfo', 'vram', '--showdriverversion', '--json'];
/**
 * The machine this process runs on, for the report: OS, CPU, memory, GPUs (asked of `nvidia-smi`,
 * then `rocm-smi`) and GitHub's runner image. Never throws: a missing or failing GPU tool means no
 * GPU listed, because a fingerprint is context for a later comparison, not a reason to stop a run.
 */
async function collectEnvironment(options = {}) {
    const system = options.system ?? external_node_os_;
    const env = options.env ?? process.env;
    const run = options.run ?? runProbe;
    const cpus = safe(() => system.cpus(), []);
    return {
        os: {
            platform: system.platform(),
            release: system.release(),
            version: safe(() => system.version(), null) || null,
        },
        arch: system.arch(),
        cpu: {
            model: cpus[0]?.model.trim() || null,
            cores: cpus.length > 0 ? cpus.length : safe(() => system.availableParallelism(), 1),
        },
        memoryBytes: system.totalmem(),
        gpus: await collectGpus(run),
        runner: runnerFingerprint(env),
    };
}
async function collectGpus(run) {
    const nvidia = await safeRun(run, 'nvidia-smi', NVIDIA_SMI_ARGS);
    if (nvidia.exitCode === 0) {
        const gpus = parseNvidiaSmi(nvidia.stdout);
        if (gpus.length > 0)
            return gpus;
    }
    const rocm = await safeRun(run, 'rocm-smi', ROCM_SMI_ARGS);
    if (rocm.exitCode === 0)
        return parseRocmSmi(rocm.stdout);
    return [];
}
/**
 * `nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader`: one line per GPU,
 * e.g. `NVIDIA GeForce RTX 4090, 24564 MiB, 550.54.14`. Split from the right, so a comma in a name
 * cannot shift the fields.
 */
function parseNvidiaSmi(stdout) {
    const gpus = [];
    for (const line of stdout.split(/\r?\n/)) {
        const fields = line.split(',').map((field) => field.trim());
        if (fields.length < 3)
            continue;
        const driver = fields.pop() ?? '';
        const memory = fields.pop() ?? '';
        const name = fields.join(', ');
        if (name === '')
            continue;
        gpus.push({ name, memory: known(memory), driver: known(driver) });
    }
    return gpus;
}
/**
 * `rocm-smi --showproductname --showmeminfo vram --showdriverversion --json`: an object keyed by
 * card (`card0`, \u2026) whose values carry `Card series` (`Card Series` in newer releases),
 * `VRAM Total Memory (B)` in bytes as a string, and a `system` entry with `Driver version`.
 * Memory is written in MiB, as nvidia-smi writes it, so the two read alike in a report.
 */
function parseRocmSmi(stdout) {
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        return [];
    }
    if (!isRecord(parsed))
        return [];
    const system = isRecord(parsed['system']) ? parsed['system'] : {};
    const driver = field(system, /^driver version$/i);
    const gpus = [];
    const cards = Object.entries(parsed)
        .filter(([key]) => /^card/i.test(key))
        .sort(([a], [b]) => cardNumber(a) - cardNumber(b));
    for (const [, card] of cards) {
        if (!isRecord(card))
            continue;
        const name = field(card, /^card series$/i) ??
            field(card, /^device name$/i) ??
            field(card, /^card sku$/i) ??
            field(card, /^card model$/i);
        if (name === null)
            continue;
        const bytes = Number(field(card, /^vram total memory \(b\)$/i) ?? Number.NaN);
        const memory = Number.isFinite(bytes) && bytes > 0 ? `${Math.round(bytes / 2 ** 20)} MiB` : null;
        gpus.push({ name, memory, driver: field(card, /^driver version$/i) ?? driver });
    }
    return gpus;
}
/** Null off GitHub's runners, where the variables mean nothing or are absent. */
function runnerFingerprint(env) {
    if (env[RUNNER_VARIABLES.githubActions] !== 'true')
        return null;
    const read = (name) => known(env[name] ?? '');
    return {
        imageOs: read(RUNNER_VARIABLES.imageOs),
        imageVersion: read(RUNNER_VARIABLES.imageVersion),
        name: read(RUNNER_VARIABLES.name),
        environment: read(RUNNER_VARIABLES.environment),
    };
}
/**
 * Runs a GPU tool with Node's own execFile: a run without code to execute never loads execa for its
 * two probes. The tool is looked up on PATH first (`which`): most machines have neither vendor's
 * tool, and starting a process only to learn it is absent costs the run's main thread a fork of
 * itself (about 13 ms each on a 2-core runner). A tool that hangs is killed outright after
 * `timeoutMs`; no exit code then.
 */
async function runProbe(command, args, timeoutMs = GPU_PROBE_TIMEOUT_MS) {
    const found = await lib(command, { nothrow: true });
    if (found === null)
        return { exitCode: null, stdout: '' };
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.execFile)(found, args, { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1 << 20 }, (error, stdout) => {
            // Killed, over the buffer or gone since the lookup: no exit code, never a success.
            const exitCode = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
            resolve({ exitCode, stdout });
        });
        child.stdin?.end();
    });
}
async function safeRun(run, command, args) {
    try {
        return await run(command, args);
    }
    catch {
        // Absent tool or a spawn failure: no GPUs from this vendor.
        return { exitCode: null, stdout: '' };
    }
}
function safe(read, fallback) {
    try {
        return read();
    }
    catch {
        return fallback;
    }
}
function field(record, name) {
    for (const [key, value] of Object.entries(record)) {
        if (name.test(key.trim()) && (typeof value === 'string' || typeof value === 'number')) {
            return known(String(value));
        }
    }
    return null;
}
/** nvidia-smi writes `[N/A]` or `[Not Supported]` for what it cannot tell. */
function known(value) {
    const trimmed = value.trim();
    return trimmed === '' || /^\[.*\]$/.test(trimmed) || trimmed === 'N/A' ? null : trimmed;
}
function cardNumber(key) {
    const digits = /\d+/.exec(key);
    return digits ? Number(digits[0]) : Number.MAX_SAFE_INTEGER;
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/choice-accuracy.js
var choice_accuracy = __webpack_require__(66302);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/choice-accuracy-report.js

/** The model's `multiple_choice` field: present only for a multiple-choice benchmark. */
function multipleChoiceReport(benchmark, model) {
    const figures = (0,choice_accuracy/* choiceAccuracy */.t)(benchmark, model);
    const overall = figures?.at(-1);
    if (figures === null || overall === undefined)
        return {};
    return {
        multiple_choice: {
            ...fields(overall),
            files: figures.slice(0, -1).map((file) => ({ file: file.file ?? '', ...fields(file) })),
        },
    };
}
function fields(figures) {
    return {
        questions: figures.questions,
        answered: figures.answered,
        correct_count: figures.correct,
        no_choice_count: figures.noChoice,
        accuracy: figures.accuracy,
        chance: figures.chance,
    };
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/aggregate.js
var aggregate = __webpack_require__(83918);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/statistics.js
var statistics = __webpack_require__(51322);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/regression/bootstrap.js
var bootstrap = __webpack_require__(62353);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/pass-rates.js



/** Per-row passes and pass rates, in row order. */
function rowPassRates(results) {
    const byIndex = new Map();
    for (const result of results) {
        let row = byIndex.get(result.index);
        if (!row) {
            row = { index: result.index, runs: 0, passes: 0, passRate: null };
            byIndex.set(result.index, row);
        }
        if (!(0,row_verdict/* isJudged */.sL)(result.status))
            continue;
        row.runs += 1;
        if (result.correct)
            row.passes += 1;
        row.passRate = row.passes / row.runs;
    }
    return [...byIndex.values()].sort((a, b) => a.index - b.index);
}
/**
 * The unbiased estimator of pass@k of Chen et al. 2021 ("Evaluating Large Language Models Trained
 * on Code", eq. 1) for one problem with `n` samples of which `c` passed: 1 - C(n-c, k) / C(n, k),
 * computed as a product so large n does not overflow.
 */
function passAtK(n, c, k) {
    if (!(Number.isInteger(n) && Number.isInteger(c) && Number.isInteger(k)) ||
        k < 1 ||
        c < 0 ||
        c > n ||
        k > n)
        throw new RangeError(`pass@k needs whole numbers 0 \u2264 c \u2264 n and 1 \u2264 k \u2264 n, got n=${n}, c=${c}, k=${k}`);
    if (n - c < k)
        return 1;
    let allFail = 1;
    for (let i = n - c + 1; i <= n; i += 1)
        allFail *= 1 - k / i;
    return 1 - allFail;
}
/** The k reported: 1, and each of 5 and 10 that does not exceed the repeats. */
function reportedKs(repeat) {
    return [1, 5, 10].filter((k) => k === 1 || k <= repeat);
}
/**
 * pass@k averaged over the rows run at least k times, for each reported k; a k no row reaches is
 * left out. With one run per row pass@1 is the accuracy.
 */
function passAtKs(rows, repeat) {
    const figures = {};
    for (const k of reportedKs(repeat)) {
        const values = rows.filter((row) => row.runs >= k).map((row) => passAtK(row.runs, row.passes, k));
        if (values.length > 0)
            figures[String(k)] = values.reduce((sum, v) => sum + v, 0) / values.length;
    }
    return figures;
}
const ACCURACY_BOOTSTRAP_RESAMPLES = 2000;
const ACCURACY_BOOTSTRAP_SEED = 1;
/**
 * Accuracy with a 95 % interval. With one run per row every result is an independent trial and the
 * Wilson interval applies. Repeats of one row are not independent (a hard row fails every time), so
 * then rows are the unit: a percentile bootstrap of the mean per-row pass rate over rows resampled
 * with replacement, seeded so a report always shows the same interval. A bootstrap over a few rows
 * that all have the same pass rate has zero width (every resample has the same mean), which would
 * claim certainty three rows cannot give; so the interval is never narrower than the Wilson interval
 * of all results pooled (passes out of runs), the interval the results would have if they were
 * independent. Repeats are positively correlated at best, so the pooled Wilson interval is a lower
 * bound on the honest width, and the bootstrap widens it when rows disagree.
 */
function accuracyEstimate(rows) {
    const run = rows.filter((row) => row.passRate !== null);
    const repeated = run.some((row) => row.runs > 1);
    if (run.length === 0)
        return { accuracy: null, interval: null, method: repeated ? 'bootstrap_wilson_floor' : 'wilson' };
    const rates = Float64Array.from(run.map((row) => row.passRate));
    const accuracy = rates.reduce((sum, v) => sum + v, 0) / rates.length;
    if (!repeated) {
        const passes = run.reduce((sum, row) => sum + row.passes, 0);
        return { accuracy, interval: (0,statistics/* wilsonInterval */.Fy)(passes, run.length), method: 'wilson' };
    }
    const random = (0,bootstrap/* seededRandom */.Is)(ACCURACY_BOOTSTRAP_SEED);
    const means = new Float64Array(ACCURACY_BOOTSTRAP_RESAMPLES);
    const n = rates.length;
    for (let i = 0; i < means.length; i += 1) {
        let sum = 0;
        for (let j = 0; j < n; j += 1)
            sum += rates[Math.floor(random() * n)];
        means[i] = sum / n;
    }
    means.sort();
    const passes = run.reduce((sum, row) => sum + row.passes, 0);
    const runs = run.reduce((sum, row) => sum + row.runs, 0);
    const [floorLow, floorHigh] = (0,statistics/* wilsonInterval */.Fy)(passes, runs) ?? [accuracy, accuracy];
    return {
        accuracy,
        interval: [Math.min((0,statistics/* quantile */.YV)(means, 0.025), floorLow), Math.max((0,statistics/* quantile */.YV)(means, 0.975), floorHigh)],
        method: 'bootstrap_wilson_floor',
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/repeat-figures.js




const SPREAD_FIGURES = {
    decode_tokens_per_second: (g) => (0,aggregate/* decodeTokensPerSecond */.KY)(g),
    time_to_first_token_ms: (g) => g.timeToFirstTokenMs,
    total_duration_ms: (g) => g.totalDurationNs > 0 ? g.totalDurationNs / 1e6 : null,
};
/** The spread of a run in which no row was answered twice. */
const NO_SPREAD = { rows: 0, median: null, max: null };
function repeatSpread(results, read) {
    const byRow = new Map();
    for (const result of results) {
        const value = result.generation === null ? null : read(result.generation);
        if (value === null || !Number.isFinite(value))
            continue;
        const values = byRow.get(result.index);
        if (values === undefined)
            byRow.set(result.index, [value]);
        else
            values.push(value);
    }
    const spreads = [];
    for (const values of byRow.values()) {
        const d = (0,statistics/* describe */.q0)(values);
        if (d.n < 2 || d.median === null || d.median <= 0 || d.min === null || d.max === null)
            continue;
        spreads.push((d.max - d.min) / d.median);
    }
    const d = (0,statistics/* describe */.q0)(spreads);
    return { rows: d.n, median: d.median, max: d.max };
}
function repeatFigures(model, repeat) {
    const rows = rowPassRates(model.rows);
    // A row asked once has no spread: no need to group a large run's results by row to find that.
    const spreadOf = (read) => repeat < 2 ? NO_SPREAD : repeatSpread(model.rows, read);
    return {
        repeat,
        rows,
        estimate: accuracyEstimate(rows),
        passAtK: passAtKs(rows, repeat),
        spread: {
            decode_tokens_per_second: spreadOf(SPREAD_FIGURES.decode_tokens_per_second),
            time_to_first_token_ms: spreadOf(SPREAD_FIGURES.time_to_first_token_ms),
            total_duration_ms: spreadOf(SPREAD_FIGURES.total_duration_ms),
        },
    };
}
function successHeatmap(models, options) {
    if (!models.some((model) => model.ref.variant))
        return null;
    const names = [...new Set(models.map((model) => model.ref.spec))];
    const variants = [
        ...new Set(models.flatMap((model) => (model.ref.variant ? [model.ref.variant.name] : []))),
    ];
    const successRate = names.map((name) => variants.map((variant) => {
        const model = models.find((m) => m.ref.spec === name && m.ref.variant?.name === variant);
        if (!model || !(0,row_verdict/* ranRows */.HO)(model.status))
            return null;
        return accuracyEstimate(rowPassRates(model.rows)).accuracy;
    }));
    return { options: [...options], models: names, variants, successRate };
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/report-format.js
var report_format = __webpack_require__(74762);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/json-report.js






/** How each figure was obtained, written into every report so a reader need not guess. */
const MEASUREMENT_NOTES = {
    tokens_per_second: "Decode speed. Server-timed where the server times itself (decode_timed_by \"server\"): eval_count / eval_duration of each row's final chunk (Ollama's eval_duration, llama-server's predicted_n / predicted_ms). Client-timed otherwise (\"client\", OpenAI-compatible servers), as vLLM's and llmperf's benchmarks do: (output tokens - 1) / (time of the last streamed token - time of the first), the token count from the stream's usage. Each model's figure_sources says which; speeds of different sources are never judged against each other. Rows without an answer are left out.",
    prefill_tokens_per_second: 'Prompt processing speed. Server-timed: prompt_eval_count / prompt_eval_duration (llama-server: prompt_n / prompt_ms); left out when the server timed no prompt evaluation (a cached prompt). Client-timed: prompt tokens (usage) / time to first token.',
    time_to_first_token_ms: 'Measured on the client: from sending the streaming request to receiving the first chunk that carries text (includes network and any load time).',
    total_duration_ms: "The server's total_duration for the request, in milliseconds.",
    load_duration_ms: "The server's load_duration per row. The model is warmed up by one untimed request first (warmup_load_duration_ms), so rows measure a loaded model.",
    accuracy: 'correct_count / rows run. Errored and timed-out rows count as incorrect; rows an interruption left not run (status not_run) are counted apart, in neither.',
    comparison: "Each result's comparison names the rule that judged it: exact_integer (two integers, equal at any size), absolute_1e-6 (other numbers, |got - expected| < 1e-6), string (trimmed text), json (parsed and compared deeply); null when there was no output to compare.",
    statistics: 'Distributions give n, mean, median, p95 (linear interpolation between closest ranks), min and max over the rows that have the figure; with repeats, over every repeat of every row (pooled).',
    repeats: "With repeat > 1 each row is asked that many times per model (variant), each a fresh request, each evaluated. accuracy is then the mean of the per-row pass rates (rows[].pass_rate); with one run per row it is correct_count / rows run. A fixed seed is varied per repeat (seed, seed+1, \u2026; each result's seed) unless fixed_seed.",
    accuracy_interval: 'A 95 % interval of accuracy: the Wilson score interval with one run per row (accuracy_interval_method wilson); with repeats a percentile bootstrap of the mean per-row pass rate over rows resampled with replacement (2,000 resamples, seeded), because repeats of one row are not independent, widened where needed to at least the Wilson interval of all results pooled (passes out of runs), so a few rows that all score alike do not get a zero-width interval (bootstrap_wilson_floor). Reports before that say bootstrap.',
    pass_at_k: 'pass@k by the unbiased estimator of Chen et al. 2021: per row 1 - C(n - c, k) / C(n, k) with n results and c passes, averaged over the rows with n \u2265 k; k = 1, and 5 and 10 when repeat reaches them.',
    repeat_spread: "Per speed figure, over rows with two or more answered repeats: each row's (max - min) / median across its repeats, then the median and largest of those. It shows run-to-run noise.",
    heatmap: 'With a sweep: success_rate[m][v] is the accuracy (mean per-row pass rate) of models[m] at variants[v]; null where that variant did not run.',
};
/**
 * The report: every field of the predecessor's report with its meaning kept, plus exbench's own.
 * Plain data only, so it serializes as is.
 */
function buildJsonReport(run, meta, resultsOf) {
    const { benchmark } = run;
    const models = run.models.map((model) => modelReport(model, run, resultsOf));
    const heatmap = successHeatmap(run.models, Object.keys(run.plan?.sweep ?? {}));
    const allRows = run.models.flatMap((model) => model.rows);
    const answered = allRows.map((row) => row.generation).filter((g) => g !== null);
    const correct = allRows.filter((row) => row.correct).length;
    const notRun = allRows.filter((row) => row.status === 'not_run').length;
    // Free-form rows with nothing to judge are not in accuracy, as not_run rows are not.
    const rowsRun = allRows.length - notRun - allRows.filter((row) => row.status === 'answered').length;
    return {
        benchmark_name: benchmark.benchmarkName,
        purpose: benchmark.purpose,
        base_prompt: benchmark.basePrompt,
        prompt_iterations: benchmark.rows.map((row) => ({
            dynamic_variables: row.variables,
            expectation: row.expectation,
        })),
        models,
        overall_correct_count: correct,
        overall_incorrect_count: rowsRun - correct,
        overall_accuracy: rowsRun === 0 ? 0 : correct / rowsRun,
        average_tokens_per_second: (0,statistics/* mean */.i2)(answered.map(aggregate/* decodeTokensPerSecond */.KY).filter(isNumber)) ?? 0,
        average_total_duration_ms: (0,statistics/* mean */.i2)(answered.map((g) => g.totalDurationNs / 1e6)) ?? 0,
        average_load_duration_ms: (0,statistics/* mean */.i2)(answered.map((g) => g.loadDurationNs / 1e6)) ?? 0,
        report_format: report_format/* REPORT_FORMAT */.t,
        status: run.status,
        exbench_version: meta.exbenchVersion,
        benchmark_file: meta.benchmarkPath,
        evaluator: run.evaluator.name,
        executor: run.executor,
        options: run.settings.options,
        ollama: { host: run.host, version: run.serverVersion },
        ...(run.engines ? { engines: run.engines.map((use) => ({ ...use })) } : {}),
        environment: meta.environment ? environmentReport(meta.environment) : null,
        started_at: run.startedAt.toISOString(),
        finished_at: run.finishedAt.toISOString(),
        settings: {
            pull: run.settings.pull,
            warmup: run.settings.warmup,
            overlap: run.settings.overlap,
            evaluation_concurrency: run.settings.evaluationConcurrency,
            request_concurrency: run.settings.requestConcurrency,
            code_timeout_ms: run.settings.codeTimeoutMs,
            max_output_bytes: run.settings.maxOutputBytes,
            retry_attempts: run.settings.retry.attempts,
            connect_timeout_ms: run.settings.serverDeadlines.connectMs,
            request_timeout_ms: run.settings.serverDeadlines.requestMs,
            idle_timeout_ms: run.settings.serverDeadlines.idleMs,
            server_wait_ms: run.settings.serverWaitMs,
            model_timeout_ms: run.settings.modelTimeoutMs ?? null,
            parallel_models: run.settings.parallelModels,
        },
        ...(run.speedWarning ? { speed_warning: run.speedWarning } : {}),
        overall_errored_count: allRows.filter((row) => row.status === 'errored').length,
        overall_timed_out_count: allRows.filter((row) => row.status === 'timed_out').length,
        overall_not_run_count: notRun,
        repeat: run.plan?.repeat ?? 1,
        sweep: run.plan?.sweep ?? {},
        fixed_seed: run.plan?.fixedSeed ?? false,
        heatmap: heatmap && {
            options: heatmap.options,
            models: heatmap.models,
            variants: heatmap.variants,
            success_rate: heatmap.successRate,
        },
        sandbox: {
            tier: run.sandbox.tier,
            isolates: run.sandbox.isolates,
            does_not_isolate: run.sandbox.doesNotIsolate,
            warning: run.sandbox.warning,
        },
        measurement: MEASUREMENT_NOTES,
        ...(meta.shard === undefined ? {} : { shard: meta.shard }),
    };
}
function modelReport(model, run, resultsOf) {
    const figures = (0,aggregate/* modelFigures */.VD)(model);
    const repeats = repeatFigures(model, run.plan?.repeat ?? 1);
    return {
        model: model.ref.spec,
        results: resultsOf ? resultsOf(model) : model.rows.map((row) => resultReport(row, model)),
        correct_count: figures.correct,
        incorrect_count: figures.incorrect,
        accuracy: repeats.estimate.accuracy ?? 0,
        average_tokens_per_second: figures.decodeTokensPerSecond.mean ?? 0,
        average_total_duration_ms: figures.totalDurationMs.mean ?? 0,
        average_load_duration_ms: figures.loadDurationMs.mean ?? 0,
        total_cost: 0,
        provider: model.ref.provider,
        name: model.ref.name,
        status: model.status,
        error: model.error,
        pulled: model.pulled,
        details: model.details && {
            digest: model.details.digest,
            family: model.details.family,
            parameter_size: model.details.parameterSize,
            quantization_level: model.details.quantizationLevel,
            format: model.details.format,
            context_length: model.details.contextLength,
            size_bytes: model.details.sizeBytes,
        },
        passed_count: figures.passed,
        failed_count: figures.failed,
        errored_count: figures.errored,
        server_errored_count: model.rows.filter((row) => row.errorKind === 'server').length,
        timed_out_count: figures.timedOut,
        not_run_count: figures.notRun,
        ...(figures.noExpectation > 0 ? { no_expectation_count: figures.noExpectation } : {}),
        decode_tokens_per_second: distribution(figures.decodeTokensPerSecond),
        prefill_tokens_per_second: distribution(figures.prefillTokensPerSecond),
        time_to_first_token_ms: distribution(figures.timeToFirstTokenMs),
        total_duration_ms: distribution(figures.totalDurationMs),
        load_duration_ms: distribution(figures.loadDurationMs),
        warmup_load_duration_ms: figures.warmupLoadDurationMs,
        warmup: model.warmup && timings(model.warmup),
        executor: run.executor,
        variant: model.ref.variant?.name ?? null,
        options: (0,run_targets/* targetOptions */.Gl)(model.ref, run.settings.options),
        repeat: repeats.repeat,
        pass_at_k: repeats.passAtK,
        accuracy_interval: repeats.estimate.interval,
        accuracy_interval_method: repeats.estimate.method,
        rows: repeats.rows.map((row) => ({
            index: row.index,
            runs: row.runs,
            passes: row.passes,
            pass_rate: row.passRate,
        })),
        repeat_spread: repeats.spread,
        ...(model.engine ? { engine: model.engine } : {}),
        figure_sources: modelFigureSources(model),
        ...multipleChoiceReport(run.benchmark, model),
    };
}
/** One held result as the report writes it. */
function resultReport(row, model) {
    const generation = row.generation;
    return {
        prompt_response: {
            response: generation?.response ?? '',
            tokens_per_second: (generation && (0,aggregate/* decodeTokensPerSecond */.KY)(generation)) ?? 0,
            provider: model.ref.provider,
            total_duration_ms: generation ? generation.totalDurationNs / 1e6 : 0,
            load_duration_ms: generation ? generation.loadDurationNs / 1e6 : 0,
            inputAndOutputCost: 0,
            errored: generation ? null : true,
            ...(generation ? timings(generation) : {}),
            attempts: row.attempts,
            error: row.error,
        },
        execution_result: row.output,
        expected_result: typeof row.expectation === 'string' ? row.expectation : JSON.stringify(row.expectation),
        input_prompt: row.prompt,
        model: model.ref.spec,
        correct: row.correct,
        index: row.index,
        status: row.status,
        reason: row.reason,
        comparison: row.comparison,
        /** `server`: the server failed (the row says nothing about the model); `request`: it refused the request. */
        error_kind: row.errorKind,
        yaml_line: row.line,
        dynamic_variables: row.variables,
        extracted_code: row.extraction?.code ?? null,
        code_language: row.extraction?.language ?? null,
        thinking: row.extraction?.thinking || null,
        execution: row.execution && {
            executor: row.execution.executor,
            command: row.execution.command,
            exit_code: row.execution.exitCode,
            signal: row.execution.signal,
            timed_out: row.execution.timedOut,
            stderr: row.execution.stderr,
            stdout_truncated: row.execution.stdoutTruncated,
            stderr_truncated: row.execution.stderrTruncated,
            duration_ms: round(row.execution.durationMs),
            installed_dependencies: row.execution.installedDependencies ?? null,
        },
        repeat: row.repeat ?? 1,
        seed: row.seed ?? null,
    };
}
function environmentReport(environment) {
    return {
        os: { ...environment.os },
        arch: environment.arch,
        cpu: { model: environment.cpu.model, cores: environment.cpu.cores },
        memory_bytes: environment.memoryBytes,
        gpus: environment.gpus.map((gpu) => ({ name: gpu.name, memory: gpu.memory, driver: gpu.driver })),
        runner: environment.runner && {
            image_os: environment.runner.imageOs,
            image_version: environment.runner.imageVersion,
            name: environment.runner.name,
            environment: environment.runner.environment,
        },
    };
}
function timings(generation) {
    return {
        done_reason: generation.doneReason,
        time_to_first_token_ms: generation.timeToFirstTokenMs === null ? null : round(generation.timeToFirstTokenMs),
        prefill_tokens_per_second: (0,aggregate/* prefillTokensPerSecond */.sl)(generation),
        eval_count: generation.evalCount,
        eval_duration_ms: generation.evalDurationNs / 1e6,
        prompt_eval_count: generation.promptEvalCount,
        prompt_eval_duration_ms: generation.promptEvalDurationNs / 1e6,
        load_duration_ms: generation.loadDurationNs / 1e6,
        total_duration_ms: generation.totalDurationNs / 1e6,
        wall_ms: round(generation.wallMs),
        decode_timed_by: (0,aggregate/* decodeSource */.E4)(generation),
        prefill_timed_by: (0,aggregate/* prefillSource */.sC)(generation),
        ...(generation.timeToLastTokenMs === undefined
            ? {}
            : {
                time_to_last_token_ms: generation.timeToLastTokenMs === null ? null : round(generation.timeToLastTokenMs),
            }),
    };
}
function modelFigureSources(model) {
    const sources = (0,aggregate/* figureSources */.Rw)(model);
    return {
        decode_tokens_per_second: sources.decodeTokensPerSecond,
        prefill_tokens_per_second: sources.prefillTokensPerSecond,
        time_to_first_token_ms: sources.timeToFirstTokenMs,
    };
}
function distribution(d) {
    return { n: d.n, mean: d.mean, median: d.median, p95: d.p95, min: d.min, max: d.max };
}
function round(value) {
    return Math.round(value * 1000) / 1000;
}
function isNumber(value) {
    return value !== null;
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/report-file-name.js
var report_file_name = __webpack_require__(36495);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/config/report-formats.js
/**
 * The files a run can write. `json` is the report itself; any other writes a folder holding the
 * JSON report, one JSON report per model, `index.html` and the files of each format asked for.
 * `github-action-benchmark` is the input of that action's `customBiggerIsBetter` and
 * `customSmallerIsBetter` tools.
 */
const REPORT_FORMATS = ['json', 'html', 'csv', 'junit', 'md', 'github-action-benchmark'];
/** Names every format at once. */
const ALL_REPORT_FORMATS = 'all';
const EXPECTED = `expected any of ${REPORT_FORMATS.join(', ')}, comma-separated, or ${ALL_REPORT_FORMATS}`;
/** Comma- or newline-separated format names, any case; kept once each, in REPORT_FORMATS' order. */
const checkReportFormats = (text) => {
    const names = text
        .split(/[\s,]+/)
        .map((name) => name.toLowerCase())
        .filter((name) => name !== '');
    if (names.length === 0)
        return `names no report format; ${EXPECTED}`;
    if (names.includes(ALL_REPORT_FORMATS))
        return { value: [...REPORT_FORMATS] };
    const unknown = names.find((name) => !REPORT_FORMATS.includes(name));
    if (unknown !== undefined) {
        return names.length === 1
            ? `is not a report format; ${EXPECTED}`
            : `names "${unknown}", which is not a report format; ${EXPECTED}`;
    }
    return { value: REPORT_FORMATS.filter((format) => names.includes(format)) };
};
/** Only the JSON report: written as one file, as before there were other formats. */
function onlyJson(formats) {
    return formats.length === 1 && formats[0] === 'json';
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/stream-json.js
var stream_json = __webpack_require__(34029);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/redact.js
var core_redact = __webpack_require__(1688);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/fenced-blocks.js
// A list item's marker: `-`, `+`, `*`, or 1\u20139 digits and `.` or `)`, then 1\u20134 spaces (or the line's end).
const LIST_ITEM = /^( *)([-+*]|\d{1,9}[.)])( {1,4}(?! )|$)/;
const OPENING = /^(`{3,}|~{3,})(.*)$/;
/**
 * The fenced code blocks of a markdown text, by CommonMark's rules:
 * - an opening fence is three or more backticks or tildes, indented up to 3 spaces (relative to the
 *   list item it is in), followed by an info string, which for backtick fences holds no backtick;
 * - each content line loses as many leading spaces as the opening fence was indented, if it has them;
 * - the closing fence is of the same character, at least as long as the opening one, indented up to
 *   3 spaces, with nothing after it but spaces; without one the block runs to the end of the text.
 * Tabs in indentation count to the next multiple of 4. Block quotes are not read as containers, and
 * a list item's content is not ended by a less indented line inside a fence (a model's code often is).
 */
function findFencedBlocks(markdown) {
    const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
    // A text ending in a newline has no last, empty line; one that does not, has a last line without one.
    const endsWithNewline = lines.at(-1) === '';
    if (endsWithNewline)
        lines.pop();
    const newlineAfter = (index) => (index < lines.length - 1 || endsWithNewline ? '\n' : '');
    const blocks = [];
    // Content indentation of the list item the current line is in; 0 outside lists.
    let container = 0;
    let i = 0;
    while (i < lines.length) {
        let line = expandIndentTabs(lines[i] ?? '');
        const item = LIST_ITEM.exec(line);
        if (item && (item[1] ?? '').length <= container + 3) {
            container = item[0].length;
            line = ' '.repeat(container) + line.slice(item[0].length);
        }
        else if (line.trim() !== '' && indentation(line) < container) {
            container = 0;
        }
        const indent = indentation(line);
        // Here container \u2264 indent: a less indented line has left the list item above.
        const opening = indent <= container + 3 ? OPENING.exec(line.slice(indent)) : null;
        const fence = opening?.[1] ?? '';
        const rest = opening?.[2] ?? '';
        if (!opening || (fence.startsWith('`') && rest.includes('`'))) {
            i += 1;
            continue;
        }
        let content = '';
        let closed = false;
        let j = i + 1;
        for (; j < lines.length; j += 1) {
            const raw = lines[j] ?? '';
            const inner = expandIndentTabs(raw);
            if (isClosingFence(inner, fence, container)) {
                closed = true;
                j += 1;
                break;
            }
            content += (indent === 0 ? raw : removeIndentation(inner, indent)) + newlineAfter(j);
        }
        blocks.push({
            info: rest.trim(),
            content,
            closed,
            fence,
            startLine: i,
            endLine: j,
        });
        i = j;
    }
    return blocks;
}
function isClosingFence(line, opening, container) {
    const indent = indentation(line);
    if (indent > container + 3)
        return false;
    const rest = line.slice(indent);
    const run = /^(`+|~+)[ \t]*$/.exec(rest)?.[1];
    return run !== undefined && run[0] === opening[0] && run.length >= opening.length;
}
function indentation(line) {
    return /^ */.exec(line)?.[0].length ?? 0;
}
/** Up to `count` leading spaces removed. */
function removeIndentation(line, count) {
    const spaces = Math.min(count, indentation(line));
    return line.slice(spaces);
}
/** Tabs in a line's leading white space expanded to the next multiple of 4, as CommonMark counts them. */
function expandIndentTabs(line) {
    const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (!lead.includes('\t'))
        return line;
    let width = 0;
    for (const char of lead)
        width = char === '\t' ? width + 4 - (width % 4) : width + 1;
    return ' '.repeat(width) + line.slice(lead.length);
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/extract-code.js

const THINK_BLOCK = /<think>([\s\S]*?)<\/think>/gi;
/**
 * Finds what to evaluate in a model's answer: reasoning is stripped, and among fenced blocks (read
 * by CommonMark's rules, see fenced-blocks.ts) the first whose language is one of `languages` wins,
 * else the first block with code. Prose around fences is ignored. An unclosed fence (a cut-off
 * answer) runs to the end. Two fences that are not valid Markdown but plain in intent are followed:
 * code followed by a lone closing fence is that code, and a closing fence at the end of the last
 * code line of an unclosed block closes it.
 */
function extractCode(response, languages) {
    const { text, thinking } = separateThinking(response);
    const blocks = codeBlocks(text);
    const wanted = new Set(languages.map((l) => l.toLowerCase()));
    const withCode = blocks.filter((block) => block.code.trim() !== '');
    const chosen = withCode.find((block) => wanted.has(block.language)) ?? withCode[0] ?? blocks[0];
    if (chosen)
        return { code: chosen.code.replace(/\s+$/, ''), thinking, language: chosen.language };
    return { code: stripInlineCode(text.trim()), thinking, language: null };
}
/**
 * The answer without its reasoning (`<think>\u2026</think>`), and the reasoning apart. Some reasoning
 * models' templates open <think> in the prompt, so only the closing tag arrives; an opening tag with
 * no close means the answer was cut off mid-thought: all of it after the tag is thinking.
 */
function separateThinking(response) {
    const thoughts = [];
    let text = response.replace(THINK_BLOCK, (_whole, thought) => {
        thoughts.push(thought.trim());
        return '';
    });
    const orphanClose = text.search(/<\/think>/i);
    if (orphanClose >= 0) {
        thoughts.push(text.slice(0, orphanClose).trim());
        text = text.slice(orphanClose + '</think>'.length);
    }
    const orphanOpen = text.search(/<think>/i);
    if (orphanOpen >= 0) {
        thoughts.push(text.slice(orphanOpen + '<think>'.length).trim());
        text = text.slice(0, orphanOpen);
    }
    return { text, thinking: thoughts.filter(Boolean).join('\n\n') };
}
/** The fenced blocks of an answer as code and language, with the plain-intent repairs applied. */
function codeBlocks(text) {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const blocks = findFencedBlocks(text);
    const last = blocks.at(-1);
    // `print(3 * 5)` then a line of three backticks: CommonMark opens an empty block that runs to the
    // end; the model meant to close a block whose opening fence was in the prompt.
    if (last && !last.closed && last.content.trim() === '' && last.info === '') {
        const from = blocks.at(-2)?.endLine ?? 0;
        const before = lines.slice(from, last.startLine).join('\n');
        blocks.pop();
        if (before.trim() !== '')
            return [...blocks.map(toCode), { code: before, language: '' }];
    }
    return blocks.map(toCode);
}
function toCode(block) {
    let code = block.content;
    // `print(1)```` at the end of a cut-off block: the fence was meant to close it.
    if (!block.closed) {
        const trimmed = code.replace(/\s+$/, '');
        if (trimmed.endsWith(block.fence))
            code = trimmed.slice(0, -block.fence.length);
    }
    return { code, language: languageOf(block.info) };
}
/** The info string's first word, lower case; `{python}` and `{.python}` (Pandoc attributes) too. */
function languageOf(info) {
    const word = info.split(/\s+/)[0] ?? '';
    return word
        .replace(/^\{\.?/, '')
        .replace(/\}$/, '')
        .toLowerCase();
}
/** `python main.py ping` wrapped in single backticks is still the command. */
function stripInlineCode(text) {
    const inline = /^`([^`\n]+)`$/.exec(text);
    return inline?.[1] ?? text;
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/choice-answer.js

/** A letter said as the answer: `answer is B`, `Answer: (b)`, `correct option: C`, `I choose D`, `"answer": "B"`. */
const STATEMENT = /\b(?:answer|choice|option|letter|choose|chose|pick|select|go with)\b["']?(?:\s+(?:is|was|would be|will be|should be|must be|=))?\s*[:=-]?\s*(?:(?:option|choice|letter)\b\s*)?["']?(?:\(([a-z])\)|\[([a-z])\]|([a-z])(?![\w']))/gi;
/** A letter said to be the answer before the words that say so: `B is correct`, `A is the answer`. */
const LETTER_FIRST = /(?<![\w'])\(?([A-Z])\)?\s+is\s+(?:the\s+)?(?:correct|right|best|answer)\b/g;
/** An option named only to be discussed or ruled out: `option A is wrong`, `why not option A?`. */
const DISCUSSED_AFTER = /^\s*(?:\?|(?:is|was|seems|looks|would be)\s+(?:wrong|incorrect|false|not|unlikely|tempting))/i;
const DISCUSSED_BEFORE = /\b(?:not|why|than|unlike|rule out|eliminate|eliminates|eliminating)\s*$/i;
/** A letter alone on a line (`B`, `(B)`, `[B]`, `B.`) or opening one as an option does (`B) Paris`). */
const MARKED_LINE = /^[ \t>-]*(?:\(([A-Za-z])\)|\[([A-Za-z])\]|([A-Z])(?:[).:]|(?=[ \t]*$)))/gm;
/** A letter in parentheses anywhere: `I think (B) is right`. */
const PARENTHESIZED = /\(([A-Z])\)/g;
/**
 * The option a model's answer chooses among `options`. Reasoning in `<think>\u2026</think>` is ignored and
 * Markdown emphasis is read through (`**B**`). A stated answer (`Answer: B`) wins over a letter merely
 * marked (`(B)`, `B)`), which wins over an option's text (`Paris`); within each, the last one in the
 * answer wins, so a model that corrects itself is taken at its final word. Letters that are not
 * among the options are not answers (`I` in `I think`); a lowercase letter after `answer is` is read
 * only when no word follows it (`the answer is a city` is not `A`).
 */
function findChoice(response, options) {
    const letters = new Set(options.map((option) => option.letter.toUpperCase()));
    const text = separateThinking(response)
        .text.replace(/\*\*|__|`/g, '')
        .replace(/\r\n?/g, '\n');
    const stated = latest(lastMatch(text, STATEMENT, letters, (match) => {
        const at = match.index ?? 0;
        const after = text.slice(at + match[0].length);
        if (DISCUSSED_AFTER.test(after) || DISCUSSED_BEFORE.test(text.slice(0, at)))
            return false;
        const bare = match[3];
        if (bare === undefined || bare === bare.toUpperCase())
            return true;
        // `the answer is a city`: an article, not option A.
        return !/^\s+[a-z]/i.test(after);
    }), lastMatch(text, LETTER_FIRST, letters, () => true));
    if (stated !== null)
        return { letter: stated.letter, how: 'statement' };
    const marked = latest(lastMatch(text, MARKED_LINE, letters, () => true), lastMatch(text, PARENTHESIZED, letters, () => true));
    if (marked !== null)
        return { letter: marked.letter, how: 'marked' };
    const byText = lastOptionText(text, options);
    if (byText !== null)
        return { letter: byText, how: 'text' };
    return { letter: null, how: null };
}
/** The last match of `pattern` whose captured letter is one of `letters`. */
function lastMatch(text, pattern, letters, accept) {
    let found = null;
    for (const match of text.matchAll(pattern)) {
        const letter = (match[1] ?? match[2] ?? match[3] ?? '').toUpperCase();
        if (letters.has(letter) && accept(match))
            found = { letter, at: match.index ?? 0 };
    }
    return found;
}
function latest(a, b) {
    if (a === null)
        return b;
    if (b === null)
        return a;
    return b.at > a.at ? b : a;
}
/**
 * The option whose text the answer names last (ends last), compared without case, punctuation or
 * spacing differences and on word boundaries (`15` is not found in `150`). Ending at one place, the
 * longer text wins (`New York City` over `City`).
 */
function lastOptionText(text, options) {
    const answer = ` ${normalize(text)} `;
    let best = null;
    for (const option of options) {
        const wanted = normalize(option.text);
        if (wanted === '')
            continue;
        const at = answer.lastIndexOf(` ${wanted} `);
        if (at < 0)
            continue;
        const end = at + wanted.length;
        if (best === null || end > best.end || (end === best.end && wanted.length > best.length)) {
            best = { letter: option.letter.toUpperCase(), end, length: wanted.length };
        }
    }
    return best?.letter ?? null;
}
function normalize(text) {
    return text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/python-number.js
var python_number = __webpack_require__(8092);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/compare.js


/** Absolute tolerance of numeric comparison, as the predecessor used (`abs(a - b) < 1e-6`). */
const NUMERIC_TOLERANCE = 1e-6;
/**
 * Two integers are equal only when they are the same integer, at any size (1000000008 is not
 * 1000000007). Otherwise both are read as floats and must lie within 1e-6 of each other; the same
 * infinity equals itself, NaN equals nothing.
 */
function compareNumbers(got, want) {
    if ('integer' in got && 'integer' in want)
        return { equal: got.integer === want.integer, rule: 'exact_integer' };
    const a = toFloat(got);
    const b = toFloat(want);
    const equal = !Number.isNaN(a) && !Number.isNaN(b) && (a === b || Math.abs(a - b) < NUMERIC_TOLERANCE);
    return { equal, rule: 'absolute_1e-6' };
}
/** JSON numbers: integers exactly, others within 1e-6, as for printed output. */
function numbersEqual(a, b) {
    return compareNumbers(fromNumber(a), fromNumber(b)).equal;
}
function fromNumber(value) {
    return Number.isSafeInteger(value) ? { integer: BigInt(value) } : { float: value };
}
function toFloat(value) {
    return 'integer' in value ? Number(value.integer) : value.float;
}
function numberText(value) {
    return 'integer' in value ? value.integer.toString() : String(value.float);
}
/** Compares what a row produced with what it expects; free-form rows are judged by their checks (checks.ts). */
function compareResult(comparison, actual, expected) {
    switch (comparison) {
        case 'number':
            return compareNumberOutput(actual, expected);
        case 'string':
            return compareStrings(actual, expected);
        case 'json':
            return compareJson(actual, expected);
        case 'choice':
            return compareLetters(actual, expected);
    }
}
function compareNumberOutput(actual, expected) {
    const want = (0,python_number/* parsePythonNumber */.D)(String(expected));
    if (want === null)
        return {
            rule: 'absolute_1e-6',
            correct: false,
            reason: `expectation ${JSON.stringify(expected)} is not a number`,
        };
    const got = (0,python_number/* parsePythonNumber */.D)(actual);
    const expectedRule = 'integer' in want ? 'exact_integer' : 'absolute_1e-6';
    if (got === null)
        return { rule: expectedRule, correct: false, reason: `output ${preview(actual)} is not a number` };
    const { equal, rule } = compareNumbers(got, want);
    return equal
        ? { rule, correct: true }
        : { rule, correct: false, reason: `got ${numberText(got)}, expected ${numberText(want)}` };
}
/**
 * Trimmed text must match. The predecessor turned numeric output into floats before comparing, so
 * its files expect `3.0` where Python prints `3`: two numeric strings compare as numbers, by the
 * same rules as the numeric evaluators.
 */
function compareStrings(actual, expected) {
    const got = actual.trim();
    const want = String(expected).trim();
    if (got === want)
        return { rule: 'string', correct: true };
    const gotNumber = (0,python_number/* parsePythonNumber */.D)(got);
    const wantNumber = (0,python_number/* parsePythonNumber */.D)(want);
    if (gotNumber !== null && wantNumber !== null) {
        const { equal, rule } = compareNumbers(gotNumber, wantNumber);
        return equal
            ? { rule, correct: true }
            : { rule, correct: false, reason: `got ${preview(got)}, expected ${preview(want)}` };
    }
    return { rule: 'string', correct: false, reason: `got ${preview(got)}, expected ${preview(want)}` };
}
/** The letter chosen (see choice-answer.ts) against the right one, without case. */
function compareLetters(actual, expected) {
    const got = actual.trim().toUpperCase();
    const want = String(expected).trim().toUpperCase();
    return got === want
        ? { rule: 'choice', correct: true }
        : { rule: 'choice', correct: false, reason: `chose ${preview(got)}, expected ${preview(want)}` };
}
/** Parses the answer as JSON and compares deeply: key order is free, list order is kept. */
function compareJson(actual, expected) {
    let got;
    try {
        got = JSON.parse(actual);
    }
    catch (error) {
        return {
            rule: 'json',
            correct: false,
            reason: `output is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
        };
    }
    let want = expected;
    if (typeof expected === 'string') {
        try {
            want = JSON.parse(expected);
        }
        catch {
            // A string expectation that is not JSON is compared as a JSON string.
        }
    }
    const difference = findDifference(got, want, '$');
    return difference === null
        ? { rule: 'json', correct: true }
        : { rule: 'json', correct: false, reason: difference };
}
/** The first place where two JSON values differ, as a JSONPath-like string, or null when equal. */
function findDifference(got, want, path) {
    if (Array.isArray(want)) {
        if (!Array.isArray(got))
            return `${path}: expected a list, got ${kind(got)}`;
        if (got.length !== want.length)
            return `${path}: expected ${want.length} items, got ${got.length}`;
        for (let i = 0; i < want.length; i += 1) {
            const inner = findDifference(got[i], want[i], `${path}[${i}]`);
            if (inner)
                return inner;
        }
        return null;
    }
    if (want !== null && typeof want === 'object') {
        if (got === null || typeof got !== 'object' || Array.isArray(got))
            return `${path}: expected an object, got ${kind(got)}`;
        const gotRecord = got;
        const wantRecord = want;
        for (const key of Object.keys(wantRecord)) {
            if (!(key in gotRecord))
                return `${path}.${key}: missing`;
            const inner = findDifference(gotRecord[key], wantRecord[key], `${path}.${key}`);
            if (inner)
                return inner;
        }
        const extra = Object.keys(gotRecord).find((key) => !(key in wantRecord));
        return extra === undefined ? null : `${path}.${extra}: not expected`;
    }
    if (typeof want === 'number' && typeof got === 'number') {
        return numbersEqual(got, want) ? null : `${path}: got ${got}, expected ${want}`;
    }
    return Object.is(got, want)
        ? null
        : `${path}: got ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`;
}
function kind(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    return typeof value === 'object' ? 'an object' : JSON.stringify(value);
}
function preview(text) {
    const oneLine = JSON.stringify(text);
    return oneLine.length > 120 ? `${oneLine.slice(0, 117)}\u2026"` : oneLine;
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/choice-verdict.js


/** Why a row failed when its answer named no option: apart from a wrong letter. */
const NO_CHOICE_REASON = 'the answer names no option';
/**
 * A multiple-choice row's options, from its variables: the ones named by consecutive letters A, B, C\u2026
 * (see choice-benchmark.ts, which builds them).
 */
function choiceOptions(variables) {
    const options = [];
    for (let code = 65; code <= 90; code += 1) {
        const letter = String.fromCharCode(code);
        const text = variables[letter];
        if (text === undefined)
            break;
        options.push({ letter, text });
    }
    return options;
}
/**
 * The verdict on a multiple-choice answer: the letter it chose (`chosen`, null when it named no
 * option) against the expected one. The reason names both letters with their options' texts.
 */
function judgeChoice(response, variables, expected) {
    const options = choiceOptions(variables);
    const { letter } = findChoice(response, options);
    const want = String(expected).trim().toUpperCase();
    const named = (l) => {
        const text = options.find((option) => option.letter === l)?.text;
        return text === undefined ? l : `${l} (${JSON.stringify(clip(text))})`;
    };
    if (letter === null) {
        return {
            rule: 'choice',
            correct: false,
            reason: `${NO_CHOICE_REASON} (expected ${named(want)})`,
            chosen: null,
        };
    }
    const verdict = compareResult('choice', letter, want);
    return verdict.correct
        ? { ...verdict, chosen: letter }
        : { ...verdict, reason: `chose ${named(letter)}, expected ${named(want)}`, chosen: letter };
}
function clip(text) {
    return text.length > 60 ? `${text.slice(0, 59)}\u2026` : text;
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/checks.js


/**
 * A free-form row's verdict: `answered` when it has no checks (nothing to judge, not counted in
 * accuracy), else passed or failed by its checks. The output is the answer as the checks read it.
 */
function checkOutcome(response, checks) {
    const output = answerText(response);
    if (checks.length === 0)
        return { output, correct: false, status: 'answered', reason: null };
    const verdict = runChecks(response, checks);
    return verdict.passed
        ? { output, correct: true, status: 'passed', reason: null }
        : { output, correct: false, status: 'failed', reason: verdict.reason };
}
/**
 * Runs every check on a model's answer; all must pass. JSON checks read the answer's JSON block
 * (a fenced block, else the whole answer); text checks read the answer without its reasoning.
 */
function runChecks(response, checks) {
    for (const check of checks) {
        const failure = failureOf(check, response);
        if (failure !== null)
            return { passed: false, check: check.check, reason: `${(0,config_checks/* describeCheck */.cn)(check)}: ${failure}` };
    }
    return { passed: true };
}
/** Why the answer fails the check, or null when it passes. */
function failureOf(check, response) {
    switch (check.check) {
        case 'json_parse': {
            const parsed = parseJsonBlock(response);
            return 'error' in parsed ? parsed.error : null;
        }
        case 'json_keys': {
            const parsed = parseJsonBlock(response);
            if ('error' in parsed)
                return parsed.error;
            const { value } = parsed;
            if (value === null || typeof value !== 'object' || Array.isArray(value)) {
                return `the JSON is ${Array.isArray(value) ? 'a list' : JSON.stringify(value)}, not an object with keys`;
            }
            const missing = check.keys.filter((key) => !Object.hasOwn(value, key));
            return missing.length === 0 ? null : `missing ${missing.map((key) => JSON.stringify(key)).join(', ')}`;
        }
        case 'regex':
            return (0,config_checks/* compileCheckPattern */.sl)(check.pattern, check.flags).test(answerText(response)) ? null : 'no match';
        case 'contains':
        case 'not_contains': {
            const fold = (text) => (check.caseSensitive ? text : text.toLowerCase());
            const answer = fold(answerText(response));
            if (check.check === 'contains') {
                const absent = check.texts.filter((text) => !answer.includes(fold(text)));
                return absent.length === 0 ? null : `missing ${absent.map(quote).join(', ')}`;
            }
            const present = check.texts.filter((text) => answer.includes(fold(text)));
            return present.length === 0 ? null : `found ${present.map(quote).join(', ')}`;
        }
        case 'max_length': {
            const length = measure(answerText(response), check.unit);
            return length <= check.limit ? null : `${length} ${check.unit}, more than ${check.limit}`;
        }
    }
}
/** The answer as a reader sees it: reasoning removed, surrounding whitespace trimmed. */
function answerText(response) {
    return separateThinking(response).text.trim();
}
/** Characters are Unicode code points (an emoji is one); words are runs of non-space. */
function measure(text, unit) {
    if (unit === 'characters')
        return [...text].length;
    return text.split(/\s+/).filter(Boolean).length;
}
function parseJsonBlock(response) {
    const { code } = extractCode(response, ['json']);
    if (code.trim() === '')
        return { error: 'the answer is empty' };
    try {
        return { value: JSON.parse(code) };
    }
    catch (error) {
        return { error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
    }
}
function quote(text) {
    const shown = JSON.stringify(text);
    return shown.length > 60 ? `${shown.slice(0, 57)}\u2026"` : shown;
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/evaluate-row.js





/** Why a row has no verdict after an interruption. */
const NOT_RUN_REASON = 'not run: the run was interrupted';
/** A row the interruption left without a verdict. */
function notRunRow(base, generation = null, attempts = 0) {
    return {
        ...base,
        generation,
        attempts,
        error: null,
        errorKind: null,
        extraction: null,
        execution: null,
        output: '',
        correct: false,
        status: 'not_run',
        reason: NOT_RUN_REASON,
        comparison: null,
    };
}
/** Turns a generated answer into a verdict. Whatever the code does is recorded, never thrown. */
async function evaluateRow(row, context) {
    if (context.signal?.aborted)
        return notRunRow(row.base, row.generation, row.attempts);
    const result = await judgeRow(row, context);
    if (result.status === 'passed' || row.generation?.doneReason !== 'length')
        return result;
    // Whatever went wrong downstream, a truncated answer is the first thing a reader should know.
    const cutOff = `the answer was cut off at the token limit${context.tokenLimit === null ? '' : ` (num_predict ${context.tokenLimit})`}`;
    return { ...result, reason: result.reason === null ? cutOff : `${cutOff}; ${result.reason}` };
}
async function judgeRow(row, context) {
    const { base, generation, attempts, error, errorKind } = row;
    const { index, line, variables, expectation, prompt, checks } = base;
    /**
     * The result, its fields named one by one: spreading the base (or a result begun from it) into a
     * new object gave every result hidden classes of its own, garbage only a full GC takes away.
     */
    const result = (verdict) => {
        if (checks === undefined)
            return {
                index,
                line,
                variables,
                expectation,
                prompt,
                generation,
                attempts,
                error,
                errorKind,
                ...verdict,
            };
        // A free-form row's result carries its checks, where the base had them (not a RowResult field).
        const judged = {
            index,
            line,
            variables,
            expectation,
            prompt,
            checks,
            generation,
            attempts,
            error,
            errorKind,
            ...verdict,
        };
        return judged;
    };
    if (!generation) {
        return result({
            extraction: null,
            execution: null,
            output: '',
            correct: false,
            status: 'errored',
            reason: `no answer from the server: ${error ?? 'unknown error'}`,
            comparison: null,
        });
    }
    const { evaluator } = context;
    const found = extractCode(generation.response, evaluator.languages);
    const extraction = {
        ...found,
        thinking: [generation.thinking.trim(), found.thinking].filter(Boolean).join('\n\n'),
    };
    const done = (fields) => {
        const { execution, output, correct, status, reason } = fields;
        return result({
            extraction,
            comparison: fields.comparison ?? null,
            execution,
            output,
            correct,
            status,
            reason,
        });
    };
    if (evaluator.comparison === 'checks') {
        return done({ execution: null, ...checkOutcome(generation.response, checks ?? []) });
    }
    if (extraction.code.trim() === '') {
        return done({
            execution: null,
            output: '',
            correct: false,
            status: 'failed',
            reason: 'the answer is empty',
        });
    }
    if (evaluator.comparison === 'choice') {
        const verdict = judgeChoice(generation.response, variables, expectation);
        return done({
            execution: null,
            output: verdict.chosen ?? '',
            correct: verdict.correct,
            status: verdict.correct ? 'passed' : 'failed',
            reason: verdict.correct ? null : verdict.reason,
            comparison: verdict.rule,
        });
    }
    if (evaluator.execution === 'none' || context.executor === null) {
        const verdict = compareResult(evaluator.comparison, extraction.code, row.base.expectation);
        return done({
            execution: null,
            output: extraction.code,
            correct: verdict.correct,
            status: verdict.correct ? 'passed' : 'failed',
            reason: verdict.correct ? null : verdict.reason,
            comparison: verdict.rule,
        });
    }
    const code = evaluator.execution === 'expression' ? (0,evaluators/* expressionProgram */.d)(extraction.code) : extraction.code;
    let execution;
    try {
        execution = await context.runner.run({
            code,
            executor: context.executor,
            timeoutMs: context.codeTimeoutMs,
            maxOutputBytes: context.maxOutputBytes,
            signal: context.signal,
        });
    }
    catch (error) {
        // The sandbox itself failed (e.g. no space for the run directory): this row errs, the run goes on.
        const reason = `could not run the code: ${error instanceof Error ? error.message : String(error)}`;
        return done({ execution: null, output: '', correct: false, status: 'errored', reason });
    }
    // Killed by the interruption, not by anything it did: no verdict.
    if (context.signal?.aborted)
        return notRunRow(row.base, row.generation, row.attempts);
    const failure = describeExecutionFailure(execution, context);
    if (failure)
        return done({ execution, output: execution.stdout, correct: false, ...failure });
    const verdict = compareResult(evaluator.comparison, execution.stdout, row.base.expectation);
    return done({
        execution,
        output: execution.stdout,
        correct: verdict.correct,
        status: verdict.correct ? 'passed' : 'failed',
        reason: verdict.correct ? null : verdict.reason,
        comparison: verdict.rule,
    });
}
function describeExecutionFailure(execution, context) {
    if (execution.spawnError !== null) {
        return { status: 'errored', reason: `could not start ${execution.command}: ${execution.spawnError}` };
    }
    if (execution.timedOut) {
        return { status: 'timed_out', reason: `timed out after ${context.codeTimeoutMs / 1000} s` };
    }
    if (execution.stdoutTruncated || execution.stderrTruncated) {
        return { status: 'failed', reason: `output exceeded ${context.maxOutputBytes} bytes` };
    }
    if (execution.exitCode !== 0) {
        const how = execution.signal ? `killed by ${execution.signal}` : `exit code ${execution.exitCode}`;
        const lastLine = execution.stderr.trim().split('\n').at(-1);
        return { status: 'failed', reason: lastLine ? `${how}: ${lastLine}` : how };
    }
    return null;
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/model-ref.js
var model_ref = __webpack_require__(17464);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/discover-models.js


/** The model list that means "every model the server has". */
const ALL_MODELS = 'all';
/** Whether the requested models are `all` (and nothing else). */
function wantsAllModels(requested) {
    return requested.length === 1 && requested[0]?.toLowerCase() === ALL_MODELS;
}
/**
 * A name matcher for glob patterns (picomatch: `*` stops at `/`, `**` crosses it), case-insensitive
 * as Ollama's names are. A pattern without a tag also matches the `:latest` name: `llama3.2`
 * matches `llama3.2:latest`. picomatch is loaded only here: only `models: all` with patterns needs it.
 */
async function modelNameMatcher(patterns) {
    const { default: picomatch } = await __webpack_require__.e(/* import() */ 6).then(__webpack_require__.t.bind(__webpack_require__, 14006, 19));
    const match = picomatch([...patterns], { nocase: true, dot: true });
    return (name) => match(name) || (name.endsWith(':latest') && match(name.slice(0, -':latest'.length)));
}
/** Ollama and every other server the run was given, in that order: what `models: all` lists. */
function discoverySources(ollama, extra) {
    const others = Object.entries(extra ?? {}).flatMap(([provider, server]) => server === undefined ? [] : [{ provider, server }]);
    return [{ provider: model_ref/* SERVED_PROVIDER */.e8, server: ollama }, ...others];
}
/**
 * The models a run covers: `requested` as given, or with `all` every model the server lists,
 * narrowed by `include` and then `exclude`. Patterns without `all` are refused, as they would
 * silently do nothing; so is a filter that leaves no model.
 */
async function resolveRequestedModels(requested, filter, sources) {
    const hasFilter = filter.include.length > 0 || filter.exclude.length > 0;
    if (!wantsAllModels(requested)) {
        if (requested.some((name) => name.toLowerCase() === ALL_MODELS)) {
            throw new errors/* ConfigurationError */.j1(`models: "${ALL_MODELS}" cannot be combined with model names; give "${ALL_MODELS}" alone, with include/exclude patterns to narrow it`);
        }
        if (hasFilter) {
            throw new errors/* ConfigurationError */.j1(`include/exclude patterns apply only to models "${ALL_MODELS}" (every model the server has); drop them or ask for "${ALL_MODELS}"`);
        }
        return [...requested];
    }
    const listed = [];
    for (const { provider, server } of sources) {
        const names = (await server.listModels()).map((model) => model.name);
        listed.push(...names.map((name) => (provider === model_ref/* SERVED_PROVIDER */.e8 ? name : `${provider}~${name}`)));
    }
    const hosts = sources.map(({ server }) => server.host).join(' and ');
    const included = filter.include.length === 0 ? () => true : await modelNameMatcher(filter.include);
    const excluded = filter.exclude.length === 0 ? () => false : await modelNameMatcher(filter.exclude);
    const chosen = listed.filter((name) => included(name) && !excluded(name)).sort();
    if (chosen.length === 0) {
        const what = listed.length === 0
            ? `the server at ${hosts} has no model; pull one first (e.g. "ollama pull llama3.2:1b")`
            : `none of the ${listed.length} model(s) on the server at ${hosts} (${listed.join(', ')}) matches include [${filter.include.join(', ')}] without matching exclude [${filter.exclude.join(', ')}]`;
        throw new errors/* ConfigurationError */.j1(`models: ${ALL_MODELS}: ${what}`);
    }
    return chosen;
}
/**
 * Why a model cannot answer a prompt, or null when it can (or the server does not say). An
 * embedding model lacks the `completion` capability and answers every generate request with a 400.
 */
function cannotGenerate(details) {
    const capabilities = details?.capabilities ?? null;
    if (capabilities === null || capabilities.includes('completion'))
        return null;
    return `it cannot generate text (its capabilities: ${capabilities.join(', ') || 'none'})`;
}
/**
 * The ids of discovered models their server says cannot generate (embedding models), asked before
 * the plan is told so it counts only what will run. A model the server cannot describe is kept:
 * its run reports why it could not be had.
 */
async function modelsUnableToGenerate(refs, serverOf) {
    const unable = new Set();
    for (const ref of refs) {
        const server = serverOf(ref);
        if (server === null)
            continue;
        const details = await server.show(ref.name).catch(() => null);
        if (cannotGenerate(details) !== null)
            unable.add(ref.id);
    }
    return unable;
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/server-registry.js
var server_registry = __webpack_require__(74976);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/in-flight.js
/**
 * Runs `generate` for each item in the items' order, at most `limit` at once, and `finish` on each
 * value as it comes (outside the limit: the next item starts meanwhile). Resolves to finish's
 * results in the items' order, whatever order they come in; rejects with the first error of either
 * and starts no further item. A job is made only when a slot frees, and a value is dropped once
 * finished: a run of many rows holds no waiting promise, closure or answer per row.
 */
function mapInOrder(items, limit, generate, finish) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new Error(`mapInOrder limit must be a positive integer, got ${limit}`);
    return new Promise((resolve, reject) => {
        const results = new Array(items.length);
        let next = 0;
        let running = 0;
        let unfinished = items.length;
        let failed = false;
        const fail = (error) => {
            failed = true;
            // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a job's own rejection, passed on as it is
            reject(error);
        };
        const finished = () => {
            unfinished -= 1;
            if (unfinished === 0)
                resolve(results);
        };
        const startMore = () => {
            while (!failed && running < limit && next < items.length) {
                const index = next;
                next += 1;
                running += 1;
                // Async wrappers turn a throw into a rejection, which `fail` then handles.
                (async () => generate(items[index]))().then((value) => {
                    running -= 1;
                    startMore();
                    (async () => finish(value))().then((result) => {
                        results[index] = result;
                        finished();
                    }, fail);
                }, fail);
            }
        };
        if (items.length === 0)
            resolve(results);
        else
            startMore();
    });
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/model-budget.js

/** Why a model's remaining rows were not run when its time budget ran out. */
function budgetReason(budgetMs) {
    return `not run: the model ran past its time budget of ${budgetMs / 1000} s (--model-timeout)`;
}
function startModelBudget(budgetMs, runSignal) {
    if (budgetMs === undefined)
        return { signal: runSignal, expired: () => false, dispose: () => undefined };
    const controller = new AbortController();
    // Each request in flight for the model listens (--concurrency), and stops listening when it ends.
    (0,external_node_events_.setMaxListeners)(0, controller.signal);
    let expired = false;
    const timer = setTimeout(() => {
        expired = true;
        controller.abort(new Error(budgetReason(budgetMs)));
    }, budgetMs);
    const stop = () => controller.abort(runSignal?.reason);
    if (runSignal?.aborted)
        stop();
    runSignal?.addEventListener('abort', stop, { once: true });
    return {
        signal: controller.signal,
        expired: () => expired && runSignal?.aborted !== true,
        dispose: () => {
            clearTimeout(timer);
            runSignal?.removeEventListener('abort', stop);
        },
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/task-pool.js
/** Runs queued async jobs with at most `limit` at once; `drain()` waits for all queued so far. */
class TaskPool {
    limit;
    running = 0;
    queue = [];
    pending = new Set();
    constructor(limit) {
        this.limit = limit;
        if (!Number.isInteger(limit) || limit < 1)
            throw new Error(`TaskPool limit must be a positive integer, got ${limit}`);
    }
    /** Queues a job; the returned promise settles with the job's own result. */
    run(job) {
        const result = new Promise((resolve, reject) => {
            const start = () => {
                this.running += 1;
                job()
                    .then(resolve, reject)
                    .finally(() => {
                    this.running -= 1;
                    this.queue.shift()?.();
                });
            };
            if (this.running < this.limit)
                start();
            else
                this.queue.push(start);
        });
        const tracked = result.then(() => undefined, () => undefined);
        this.pending.add(tracked);
        void tracked.then(() => this.pending.delete(tracked));
        return result;
    }
    async drain() {
        while (this.pending.size > 0)
            await Promise.all([...this.pending]);
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/model-scheduler.js

/**
 * Runs `runOne` for each target, up to `limit` at once (`--parallel-models`), and gives the
 * results back in the targets' order whatever order they finish in. One that throws does not stop
 * the others: its error is raised once they are all done.
 */
async function runTargetsInOrder(targets, limit, runOne) {
    const pool = new TaskPool(Math.max(1, limit));
    const outcomes = await Promise.allSettled(targets.map((target) => pool.run(() => runOne(target))));
    return outcomes.map((outcome) => {
        if (outcome.status === 'rejected')
            throw outcome.reason;
        return outcome.value;
    });
}
/**
 * Targets that ran at the same time on one server share its compute: their speed figures are not
 * a model's own. Null when no two could have (one at a time, or each on its own server).
 */
function sharedServerWarning(parallelModels, serversOfTargets) {
    if (parallelModels <= 1)
        return null;
    const perServer = new Map();
    for (const server of serversOfTargets)
        perServer.set(server, (perServer.get(server) ?? 0) + 1);
    const most = Math.min(parallelModels, Math.max(0, ...perServer.values()));
    return most > 1
        ? `up to ${most} models ran at once on one server (--parallel-models ${parallelModels}): their speeds and times share its compute and are not comparable with a run of one model at a time`
        : null;
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/prefixed-logger.js
/** A logger whose lines start with `[prefix]`, for models whose logs interleave (run in parallel). */
function prefixedLogger(logger, prefix) {
    const tag = (message) => `[${prefix}] ${message}`;
    return {
        debug: (message) => logger.debug(tag(message)),
        info: (message) => logger.info(tag(message)),
        warning: (message) => logger.warning(tag(message)),
        error: (message) => logger.error(tag(message)),
        group: (name, body) => logger.group(tag(name), body),
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/prior-results.js
/** One result of a target: a row in one repeat (absent repeat: 1). */
function resultKey(row) {
    return `${row.repeat ?? 1}:${row.index}`;
}
/**
 * Whether a finished result stands on resume. A verdict on the model's answer (passed, failed,
 * timed out) and a request the server refused stand; a result the server failed, or one not run,
 * is asked for again, since it says nothing about the model.
 */
function rowIsDone(row) {
    if (row.status === 'not_run')
        return false;
    return !(row.status === 'errored' && row.errorKind === 'server');
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/placeholders.js
var placeholders = __webpack_require__(51148);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/template.js

/**
 * Fills every placeholder in one pass, so a value that itself contains `{{\u2026}}` is left as written.
 * Callers validate first (see parseBenchmarkFile); an unknown name here is a programming error.
 */
function renderPrompt(template, variables) {
    return template.replace(placeholders/* PLACEHOLDER */.K, (_whole, name) => {
        const value = variables[name];
        if (value === undefined)
            throw new Error(`renderPrompt: no value for {{${name}}}`);
        return value;
    });
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/sweep.js
var sweep = __webpack_require__(76868);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/run-benchmark.js
















function rowStarts(rows, basePrompt, renderWhenNeeded) {
    const render = (row) => ({
        index: row.index,
        line: row.line,
        variables: row.variables,
        expectation: row.expectation,
        prompt: renderPrompt(basePrompt, row.variables),
        ...(row.checks === undefined ? {} : { checks: row.checks }),
    });
    if (!renderWhenNeeded) {
        const bases = rows.map(render);
        // The rows handed out are the rendered ones.
        return { rows: bases, based: (row) => row, all: () => bases };
    }
    // The file's own rows: a result is built from them field by field (render), so nothing of a
    // row's that results do not carry (a multiple-choice question's `choice`) gets into one.
    let all;
    return { rows, based: render, all: () => (all ??= rows.map(render)) };
}
/** A short, fixed prompt for the untimed warm-up, unlike any row so no row's prompt is cached by it. */
const WARMUP_PROMPT = 'Reply with the single word: ready';
/** How often pull progress is logged, at most. */
const PULL_LOG_INTERVAL_MS = 5_000;
/**
 * Which models a run covers. Models named by the user must be ones exbench serves; models listed in
 * the file for other providers are kept as `skipped`, so the report says why they have no results.
 */
function planModels(benchmark, requested, servers) {
    if (requested.length > 0) {
        const refs = requested.map((spec) => (0,model_ref/* parseModelRef */.qV)(spec));
        for (const ref of refs)
            (0,server_registry/* requireServed */.jF)(ref.spec, ref.provider, servers);
        return dedupe(refs);
    }
    const refs = dedupe(benchmark.models.map((spec) => (0,model_ref/* parseModelRef */.qV)(spec, benchmark.modelProvider ?? model_ref/* SERVED_PROVIDER */.e8)));
    if (!refs.some((ref) => (0,server_registry/* unservedReason */.Zx)(ref.provider, servers) === null)) {
        const listed = benchmark.models.length > 0 ? `it lists only ${benchmark.models.join(', ')}` : 'it lists none';
        throw new errors/* ConfigurationError */.j1(`${benchmark.fileName}: models: no model exbench can run (${listed}); name models on the command line, e.g. "exbench ollama-bench llama3.2:1b ${benchmark.fileName}"`);
    }
    return refs;
}
function dedupe(refs) {
    const seen = new Set();
    return refs.filter((ref) => {
        if (seen.has(ref.id))
            return false;
        seen.add(ref.id);
        return true;
    });
}
/** Runs every row of a benchmark against every model. One model failing never loses another's results. */
async function runBenchmark(benchmark, settings, ports) {
    const { server, runner, clock, logger } = ports;
    const plan = planRun(benchmark, settings);
    // The plan is told before the first request; with `models: all` once the servers have listed their models.
    const announce = (planned, unable) => {
        const targets = (0,run_targets/* expandTargets */.Vq)(planned, plan.sweep);
        const served = planned.filter((ref) => (0,server_registry/* serverFor */.xY)(ref.provider, server, ports.servers) !== null && !unable.has(ref.id)).length;
        const skipped = planned.filter((ref) => unable.has(ref.id)).map((ref) => ref.spec);
        const skipping = skipped.length === 0 ? '' : ` (skipping ${skipped.join(', ')}: cannot generate text)`;
        logger.info(`Plan: ${(0,run_targets/* describePlan */.df)(served, plan.sweep, benchmark.rows.length, plan.repeat)}${skipping}`, {
            event: 'plan',
            models: served,
            targets: targets.length,
            rows: benchmark.rows.length,
            repeat: plan.repeat,
        });
        if (plan.repeat > 1 &&
            targets.some((ref) => typeof (0,run_targets/* targetOptions */.Gl)(ref, settings.options).seed === 'number')) {
            logger.warning(plan.fixedSeed
                ? 'a fixed seed is kept in every repeat (--fixed-seed): repeats will usually give the same answer'
                : 'a fixed seed would make every repeat give the same answer: repeat r uses seed + r - 1 (recorded per result; --fixed-seed keeps it fixed)');
        }
        return targets;
    };
    // `models: all` asks each server which models it has.
    const discover = wantsAllModels(settings.models);
    const requested = () => resolveRequestedModels(settings.models, settings, discoverySources(server, ports.servers));
    let planned = discover ? [] : planModels(benchmark, await requested(), ports.servers);
    const evaluator = evaluators/* EVALUATORS */.J[benchmark.evaluator];
    const startedAt = clock.date();
    let unable = new Set();
    if (discover) {
        planned = planModels(benchmark, await requested(), ports.servers);
        logger.info(`models: all: ${planned.map((ref) => ref.spec).join(', ')}`);
        unable = await modelsUnableToGenerate(planned, (ref) => (0,server_registry/* serverFor */.xY)(ref.provider, server, ports.servers));
    }
    // Each server answers before the plan is told, so a wrong address is the only line the user sees.
    const engines = await engineVersions(planned, ports);
    const serverVersion = engines.find((use) => use.engine === model_ref/* SERVED_PROVIDER */.e8)?.version ?? server_registry/* NOT_USED_VERSION */.zP;
    const refs = announce(planned, unable);
    const executor = await chooseExecutor(evaluator, runner, logger);
    const context = {
        evaluator,
        executor,
        runner,
        codeTimeoutMs: settings.codeTimeoutMs,
        maxOutputBytes: settings.maxOutputBytes,
        signal: ports.signal,
        tokenLimit: tokenLimit(settings.options.num_predict),
    };
    const pool = new TaskPool(settings.evaluationConcurrency);
    const rows = rowStarts(benchmark.rows, benchmark.basePrompt, ports.retainRow !== undefined);
    const finished = (model) => {
        ports.observer?.modelFinished?.(model);
        return model;
    };
    const watches = new Map();
    const repeats = { ...plan, warmedUp: new Set() };
    const parallel = settings.parallelModels > 1 && refs.length > 1;
    const speedWarning = sharedServerWarning(settings.parallelModels, refs.map((ref) => (0,server_registry/* serverFor */.xY)(ref.provider, server, ports.servers)).filter((used) => used !== null));
    if (speedWarning !== null)
        logger.warning(speedWarning);
    const runTarget = async (ref) => {
        if (ports.signal?.aborted)
            return finished(interruptedModel(ref, rows.all()));
        const modelServer = (0,server_registry/* serverFor */.xY)(ref.provider, server, ports.servers);
        if (modelServer === null) {
            const reason = (0,server_registry/* unservedReason */.Zx)(ref.provider, ports.servers) ?? '';
            logger.warning(`${ref.spec}: skipped, ${reason}`, { event: 'model_skipped', model: ref.spec });
            return finished(unrunModel(ref, rows.all(), 'skipped', reason, null));
        }
        // Each server has its own watch: one engine being down says nothing about another.
        const serverWatch = watches.get(modelServer) ?? { downSince: null, lastError: '' };
        watches.set(modelServer, serverWatch);
        const shownName = ref.provider === model_ref/* SERVED_PROVIDER */.e8 ? ref.name : ref.spec;
        const title = (0,run_targets/* targetName */.je)({ spec: shownName, variant: ref.variant });
        const modelPorts = { ...ports, server: modelServer };
        const run = (targetPorts) => () => runModel(ref, rows, settings, context, pool, targetPorts, serverWatch, repeats);
        // Log groups cannot interleave: models run side by side name themselves on each line instead.
        const model = parallel
            ? await run({ ...modelPorts, logger: prefixedLogger(logger, title) })()
            : await logger.group(`Model ${title}`, run(modelPorts));
        return finished({ ...model, engine: modelServer.engine ?? 'ollama' });
    };
    const models = await runTargetsInOrder(refs, settings.parallelModels, runTarget);
    await pool.drain();
    return {
        benchmark,
        evaluator,
        executor,
        host: server.host,
        serverVersion,
        engines,
        settings,
        status: ports.signal?.aborted ? 'interrupted' : 'completed',
        sandbox: runner.sandbox,
        startedAt,
        finishedAt: clock.date(),
        models,
        plan,
        ...(speedWarning !== null ? { speedWarning } : {}),
    };
}
/**
 * Repeats and sweep of a run: the caller's over the file's. A caller's fixed option (one it set
 * apart from the file's `options`) is not swept by the file.
 */
function planRun(benchmark, settings) {
    const callerOptions = Object.fromEntries(Object.entries(settings.options).filter(([key, value]) => value !== undefined && value !== benchmark.options[key]));
    return {
        repeat: settings.repeat ?? benchmark.repeat ?? 1,
        sweep: (0,sweep/* mergeSweep */.vT)(benchmark.sweep, settings.sweep, callerOptions),
        fixedSeed: settings.fixedSeed,
    };
}
/** Asks each server the run's models need for its version, so one that is down stops the run at once. */
async function engineVersions(refs, ports) {
    const uses = [];
    const seen = new Set();
    for (const ref of refs) {
        const server = (0,server_registry/* serverFor */.xY)(ref.provider, ports.server, ports.servers);
        if (server === null || seen.has(server))
            continue;
        seen.add(server);
        const version = await server.version();
        const engine = server.engine ?? 'ollama';
        ports.logger.info(`${server_registry/* ENGINE_LABELS */.H[engine]} ${version} at ${server.host}`, {
            event: 'server_version',
            engine,
            version,
            host: server.host,
        });
        uses.push({ engine, host: server.host, version });
    }
    return uses;
}
/** A positive `num_predict` caps an answer; -1, -2 and absence mean no fixed cap. */
function tokenLimit(numPredict) {
    return typeof numPredict === 'number' && numPredict > 0 ? numPredict : null;
}
async function chooseExecutor(evaluator, runner, logger) {
    if (evaluator.executor === null)
        return null;
    const available = await runner.available();
    if (available.has(evaluator.executor))
        return evaluator.executor;
    if (evaluator.executor === 'uv' && available.has('python3')) {
        logger.warning('uv is not installed: running code with python3, so PEP 723 inline dependencies are not installed');
        return 'python3';
    }
    throw new errors/* ConfigurationError */.j1(`evaluator ${evaluator.name} needs ${evaluator.executor}, which is not installed`);
}
async function runModel(ref, starts, settings, context, pool, ports, watch, repeats) {
    const { logger } = ports;
    const options = (0,run_targets/* targetOptions */.Gl)(ref, settings.options);
    const prior = ports.prior?.resultsOf(ref) ?? new Map();
    const priorAnswers = ports.prior?.answersOf(ref) ?? new Map();
    const priorModel = ports.prior?.modelOf(ref) ?? null;
    if (priorModel !== null && prior.size === starts.rows.length * repeats.repeat) {
        logger.info('all its results were finished by the run resumed');
        const all = [...prior.values()].sort((a, b) => (a.repeat ?? 1) - (b.repeat ?? 1) || a.index - b.index);
        return finishedModel({ ...priorModel, ref }, all, repeats, logger);
    }
    const retried = (request) => withServerRetry(request, settings, ports, watch);
    const unavailable = (message, errorKind) => {
        logger.error(message, { event: 'model_unavailable', model: (0,run_targets/* targetName */.je)(ref), error_kind: errorKind });
        return unrunModel(ref, starts.all(), 'unavailable', message, errorKind);
    };
    let shown = await retried(() => ports.server.show(ref.name));
    if (ports.signal?.aborted)
        return interruptedModel(ref, starts.all());
    if (!shown.ok)
        return unavailable(`model "${ref.name}" could not be had: ${shown.error}`, shown.errorKind);
    let details = shown.value;
    let pulled = false;
    if (details === null) {
        if (!settings.pull) {
            return unavailable(`model "${ref.name}" is not on the server at ${ports.server.host}; run "ollama pull ${ref.name}" or drop --no-pull`, 'request');
        }
        // Ollama resumes a partial pull, so a pull cut off by a server fault is simply asked for again.
        // Only Ollama downloads models, in a log group of its own; another engine's pull just says
        // which models it serves, so it gets no group that would promise a download.
        const pull = ref.provider === model_ref/* SERVED_PROVIDER */.e8
            ? await retried(() => pullModel(ref.name, ports))
            : await retried(() => ports.server.pull(ref.name, () => undefined));
        if (ports.signal?.aborted)
            return interruptedModel(ref, starts.all());
        if (!pull.ok)
            return unavailable(`model "${ref.name}" could not be had: ${pull.error}`, pull.errorKind);
        pulled = true;
        shown = await retried(() => ports.server.show(ref.name));
        if (ports.signal?.aborted)
            return { ...interruptedModel(ref, starts.all()), pulled };
        if (!shown.ok)
            return unavailable(`model "${ref.name}" could not be had: ${shown.error}`, shown.errorKind);
        details = shown.value;
    }
    const unable = cannotGenerate(details);
    if (unable !== null) {
        logger.warning(`${ref.name}: skipped, ${unable}`);
        return { ...unrunModel(ref, starts.all(), 'skipped', `skipped: ${unable}`, null), details, pulled };
    }
    const request = (prompt, seed, signal) => ({
        model: ref.name,
        prompt,
        options: seed === undefined ? options : { ...options, seed },
        ...(signal ? { signal } : {}),
    });
    let warmup = null;
    const warm = (0,run_targets/* warmupKey */.ic)(ref, options);
    if (settings.warmup && repeats.warmedUp.has(warm)) {
        logger.info('warm-up: skipped, this model is already loaded with the same load options');
    }
    else if (settings.warmup) {
        const outcome = await generateWithRetry({ ...request(WARMUP_PROMPT), options: { ...options, num_predict: 1 } }, settings, ports, watch);
        if (ports.signal?.aborted)
            return { ...interruptedModel(ref, starts.all()), details, pulled };
        if (!outcome.generation) {
            const message = `model "${ref.name}" failed to warm up: ${outcome.error ?? 'unknown error'}`;
            return { ...unavailable(message, outcome.errorKind ?? 'request'), details, pulled };
        }
        warmup = outcome.generation;
        repeats.warmedUp.add(warm);
        logger.info(warmup.loadDurationNs > 0
            ? `warm-up: loaded in ${(warmup.loadDurationNs / 1e6).toFixed(0)} ms (not counted in rows)`
            : `warm-up: answered in ${warmup.wallMs.toFixed(0)} ms (not counted in rows)`);
    }
    // From here the model's time budget runs: its signal stops the rows as the run's would, and
    // aborts the request in flight. Rows answered within it are still judged.
    const budget = startModelBudget(settings.modelTimeoutMs, ports.signal);
    const rowSignal = budget.signal;
    const rowPorts = { ...ports, ...(rowSignal ? { signal: rowSignal } : {}) };
    const evaluate = (row, labels) => pool
        .run(() => evaluateRow(row, context))
        .then((evaluated) => {
        // Labelled in place (the result is this call's own): a spread copy would get hidden classes
        // of its own for every row, garbage only a full GC takes away.
        const result = Object.assign(evaluated, labels);
        if (result.status === 'not_run')
            return result;
        ports.observer?.rowFinished?.(ref, result);
        return ports.retainRow ? ports.retainRow(ref, result) : result;
    });
    ports.observer?.modelStarted?.(ref, starts.rows.length * repeats.repeat - prior.size);
    // Repeats are whole passes over the rows, so the repeats of a row are apart in time and their
    // spread shows run-to-run noise rather than one moment's.
    const passes = rowPasses(starts.rows, repeats, options);
    /**
     * The pass's answer (or error); `done` when the run resumed already holds its result, and `row`
     * null when the run or the model's time budget stopped before it had one.
     */
    const generateOne = async (pass) => {
        const { labels } = pass;
        const key = resultKey({ index: pass.row.index, repeat: labels.repeat });
        const done = prior.get(key);
        if (done !== undefined)
            return { pass, row: null, done };
        const base = starts.based(pass.row);
        const answered = priorAnswers.get(key);
        if (answered !== undefined) {
            const { generation, attempts } = answered;
            return { pass, row: { base, generation, attempts, error: null, errorKind: null } };
        }
        if (rowSignal?.aborted)
            return { pass, row: null };
        const outcome = await generateWithRetry(request(base.prompt, labels.seed ?? undefined, rowSignal), settings, rowPorts, watch);
        if (rowSignal?.aborted)
            return { pass, row: null };
        // Its code runs later (after the model's last answer without overlap, or when the pool frees):
        // a journal keeps the answer meanwhile.
        if (outcome.generation && context.executor !== null) {
            ports.observer?.rowAnswered?.(ref, {
                index: base.index,
                repeat: labels.repeat ?? 1,
                generation: outcome.generation,
                attempts: outcome.attempts,
            });
        }
        if (outcome.error) {
            const repeatLabel = repeats.repeat > 1 ? ` (repeat ${labels.repeat})` : '';
            logger.warning(`row ${base.index}${repeatLabel}: ${outcome.error}`, {
                event: 'row_error',
                model: (0,run_targets/* targetName */.je)(ref),
                row: base.index,
                repeat: labels.repeat,
                error_kind: outcome.errorKind,
            });
        }
        return { pass, row: { base, ...outcome } };
    };
    const finish = ({ pass, row, done }) => {
        if (done !== undefined)
            return Promise.resolve(done);
        return row === null
            ? Promise.resolve({ ...notRunRow(starts.based(pass.row)), ...pass.labels })
            : evaluate(row, pass.labels);
    };
    // Up to `requestConcurrency` requests are in flight; results keep the rows' order whatever order
    // the answers arrive in. With overlap, code runs while the model generates; otherwise it waits for
    // the model to finish. An evaluator that runs no code judges each answer as it comes (nothing
    // competes with the model for the machine), so its results reach the journal, the progress and
    // an interrupted run's report at once.
    const judgeAsAnswered = settings.overlap || context.executor === null;
    const results = await (judgeAsAnswered
        ? mapInOrder(passes, settings.requestConcurrency, generateOne, finish)
        : mapInOrder(passes, settings.requestConcurrency, generateOne, (outcome) => outcome).then((outcomes) => Promise.all(outcomes.map(finish)))).finally(() => budget.dispose());
    if (budget.expired() && settings.modelTimeoutMs !== undefined) {
        const reason = budgetReason(settings.modelTimeoutMs);
        const unreached = results.filter((row) => row.status === 'not_run').length;
        const error = `ran past its time budget of ${settings.modelTimeoutMs / 1000} s; ${unreached} row(s) not run`;
        logger.warning(`model "${ref.name}" ${error}`);
        const marked = results.map((row) => (row.status === 'not_run' ? { ...row, reason } : row));
        return { ref, status: 'incomplete', error, details, pulled, warmup, rows: marked };
    }
    return finishedModel({ ref, status: 'completed', error: null, details, pulled, warmup }, results, repeats, logger);
}
/** A model whose rows all ran (or were stopped by an interruption): its status from its results. */
function finishedModel(model, results, repeats, logger) {
    const { ref, details, pulled, warmup } = model;
    if (results.some((row) => row.status === 'not_run')) {
        const error = 'the run was interrupted before all rows were run';
        return { ref, status: 'interrupted', error, details, pulled, warmup, rows: results };
    }
    const passed = results.filter((row) => row.correct).length;
    const answered = results.filter((row) => row.status === 'answered').length;
    const unit = repeats.repeat > 1 ? 'results (rows × repeats)' : 'rows';
    // Free-form answers with nothing to judge (evaluator none) are neither passed nor failed.
    logger.info(answered === results.length
        ? `${answered}/${results.length} ${unit} answered (no expectation to judge)`
        : `${passed}/${results.length - answered} ${unit} passed${answered > 0 ? `, ${answered} answered with nothing to judge` : ''}`);
    const serverErrored = results.filter((row) => row.errorKind === 'server').length;
    if (serverErrored > 0) {
        logger.warning(`${serverErrored} row(s) errored because the server failed; they say nothing about the model`);
    }
    // A model that answered no row at all could not be had, whatever the warm-up said.
    if (results.length > 0 && results.every((row) => row.generation === null)) {
        const error = `model "${ref.name}" answered no row; last error: ${results.at(-1)?.error ?? 'unknown'}`;
        logger.error(error);
        return { ref, status: 'unavailable', error, details, pulled, warmup, rows: results };
    }
    return { ref, status: 'completed', error: null, details, pulled, warmup, rows: results };
}
/** Every row of every repeat, in the order they are sent: repeat 1's rows, then repeat 2's, \u2026 */
function rowPasses(rows, repeats, options) {
    const passes = [];
    for (let repeat = 1; repeat <= repeats.repeat; repeat += 1) {
        const seed = (0,run_targets/* repeatSeed */.bW)(options, repeat, repeats.fixedSeed);
        for (const row of rows)
            passes.push({ row, labels: { repeat, seed: seed ?? null } });
    }
    return passes;
}
/** A model the interruption reached before any of its rows was run. */
function interruptedModel(ref, rows) {
    return unrunModel(ref, rows, 'interrupted', 'the run was interrupted before this model', null, 'not_run');
}
/**
 * A model with no generations: every row is recorded as errored (or not_run, after an
 * interruption) so counts stay whole.
 */
function unrunModel(ref, rows, status, error, errorKind, rowStatus = 'errored') {
    const results = rows.map((base) => rowStatus === 'not_run'
        ? notRunRow(base)
        : {
            ...base,
            generation: null,
            attempts: 0,
            error,
            errorKind,
            extraction: null,
            execution: null,
            output: '',
            correct: false,
            status: 'errored',
            reason: `not run: ${error}`,
            comparison: null,
        });
    return { ref, status, error, details: null, pulled: false, warmup: null, rows: results };
}
async function pullModel(name, ports) {
    const { logger, clock } = ports;
    await logger.group(`Pull ${name}`, async () => {
        let lastStatus = '';
        let lastLogAt = Number.NEGATIVE_INFINITY;
        await ports.server.pull(name, (progress) => {
            const now = clock.now();
            if (progress.status === lastStatus && now - lastLogAt < PULL_LOG_INTERVAL_MS)
                return;
            lastStatus = progress.status;
            lastLogAt = now;
            logger.info(describePull(progress));
        });
    });
}
function describePull(progress) {
    if (progress.total && progress.completed !== undefined) {
        const percent = ((100 * progress.completed) / progress.total).toFixed(0);
        return `${progress.status}: ${percent}% of ${(progress.total / 1e6).toFixed(1)} MB`;
    }
    return progress.status;
}
/** Least and most a wait between two probes of a server that is down can be. */
const MIN_SERVER_PROBE_DELAY_MS = 100;
/** Most a wait between two probes of a server that is down grows to. */
const SERVER_PROBE_MAX_DELAY_MS = 5_000;
/**
 * Tries `request` up to `retry.attempts` times. After a server fault (lost connection, 5xx, a
 * deadline) it waits for the server to answer again, up to `serverWaitMs`, then tries again; a
 * request the server refuses (4xx) is not tried again.
 */
async function withServerRetry(request, settings, ports, watch) {
    const { retry } = settings;
    let error = 'no attempt made';
    for (let attempt = 1; attempt <= retry.attempts; attempt += 1) {
        if (ports.signal?.aborted)
            return { ok: false, error: NOT_RUN_REASON, errorKind: 'request', attempts: attempt - 1 };
        if (watch.downSince !== null) {
            if (!(await answers(ports.server))) {
                const since = ((ports.clock.now() - watch.downSince) / 1000).toFixed(0);
                return {
                    ok: false,
                    error: `the server at ${ports.server.host} has not answered for ${since} s (first: ${watch.lastError})`,
                    errorKind: 'server',
                    attempts: attempt - 1,
                };
            }
            ports.logger.info(`the server at ${ports.server.host} answers again`, {
                event: 'server_recovered',
                host: ports.server.host,
            });
            watch.downSince = null;
        }
        let errorKind;
        try {
            return { ok: true, value: await untilAborted(request(), ports.signal), attempts: attempt };
        }
        catch (caught) {
            error = (0,errors/* describeError */.Uc)(caught);
            errorKind = caught instanceof src_ports/* ModelServerError */.h ? caught.kind : 'request';
        }
        if (errorKind !== 'server' || attempt === retry.attempts) {
            return { ok: false, error, errorKind, attempts: attempt };
        }
        const faultAt = ports.clock.now();
        const delay = retry.initialDelayMs * 2 ** (attempt - 1);
        ports.logger.debug(`attempt ${attempt} failed (${error}); retrying in ${delay} ms at the earliest`);
        await untilAborted(ports.clock.sleep(delay), ports.signal).catch(() => undefined);
        if (ports.signal?.aborted)
            return { ok: false, error: NOT_RUN_REASON, errorKind: 'request', attempts: attempt };
        if (!(await waitForServer(error, settings, ports))) {
            // Down since the fault, not since the wait for it ran out: later rows say how long it has been.
            watch.downSince = faultAt;
            watch.lastError = error;
            return {
                ok: false,
                error: `${error}; the server did not answer again within ${settings.serverWaitMs / 1000} s`,
                errorKind: 'server',
                attempts: attempt,
            };
        }
    }
    return { ok: false, error, errorKind: 'server', attempts: retry.attempts };
}
/** Whether the server answers `GET /api/version` now. */
async function answers(server) {
    try {
        await server.version();
        return true;
    }
    catch {
        return false;
    }
}
/** Probes the server with growing pauses until it answers or `waitMs` has passed. */
async function waitForServer(error, settings, ports) {
    const { server, clock, logger } = ports;
    const waitMs = settings.serverWaitMs;
    if (await answers(server))
        return true;
    const started = clock.now();
    logger.warning(`the server at ${server.host} is not answering (${error}); waiting up to ${waitMs / 1000} s for it`, { event: 'server_fault', host: server.host, error, wait_s: waitMs / 1000 });
    let delay = Math.max(settings.retry.initialDelayMs, MIN_SERVER_PROBE_DELAY_MS);
    while (clock.now() - started < waitMs && !ports.signal?.aborted) {
        await untilAborted(clock.sleep(Math.min(delay, waitMs - (clock.now() - started))), ports.signal).catch(() => undefined);
        delay = Math.min(delay * 2, SERVER_PROBE_MAX_DELAY_MS);
        if (await answers(server)) {
            const after = (clock.now() - started) / 1000;
            logger.info(`the server at ${server.host} answers again after ${after.toFixed(1)} s`, {
                event: 'server_recovered',
                host: server.host,
                after_s: after,
            });
            return true;
        }
    }
    return false;
}
async function generateWithRetry(request, settings, ports, watch) {
    const outcome = await withServerRetry(() => ports.server.generate(request), settings, ports, watch);
    return outcome.ok
        ? { generation: outcome.value, attempts: outcome.attempts, error: null, errorKind: null }
        : { generation: null, attempts: outcome.attempts, error: outcome.error, errorKind: outcome.errorKind };
}
/** `promise`, or a rejection as soon as `signal` aborts: an interrupted run does not wait for the server. */
function untilAborted(promise, signal) {
    if (signal === undefined)
        return promise;
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(new Error(NOT_RUN_REASON));
        if (signal.aborted)
            onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/app/shard.js

/**
 * The rows of shard `index` of `count`: those whose 0-based position modulo `count` is `index - 1`,
 * so every leg of a matrix gets a fixed share whatever the machine, and the shards of one file
 * cover each row exactly once. The record names the rows and hashes the whole file's content, so
 * `exbench merge` can tell shards of one benchmark from look-alikes.
 */
function shardBenchmark(benchmark, shard) {
    const rows = benchmark.rows.filter((_, position) => position % shard.count === shard.index - 1);
    const content = JSON.stringify({
        basePrompt: benchmark.basePrompt,
        evaluator: benchmark.evaluator,
        rows: benchmark.rows.map((row) => [row.variables, row.expectation]),
    });
    return {
        benchmark: { ...benchmark, rows },
        record: {
            index: shard.index,
            count: shard.count,
            rows: rows.map((row) => row.index),
            content_sha256: (0,external_node_crypto_.createHash)('sha256').update(content, 'utf8').digest('hex'),
        },
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/types.js
/**
 * answered: a free-form row with nothing to judge (evaluator none); its answer is kept and timed,
 * and it counts neither as correct nor as incorrect.
 * passed/failed: the answer was evaluated. errored: no answer could be had from the server (or the
 * code could not be started). timed_out: the code ran past its time limit. not_run: the run was
 * interrupted before the row was finished; counted apart, never as failed.
 */
/** Every status a result can have; `answered` is a free-form answer with nothing to judge. */
const ROW_STATUSES = ['passed', 'failed', 'errored', 'timed_out', 'not_run', 'answered'];

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/app/run-journal.js








/*
 * The journal of a run: `<report>.jsonl` beside the report, one JSON object a line.
 *   {"kind":"header", \u2026}                    first: what the results were run against (JournalHeader)
 *   {"kind":"answer","target":\u2026,"answer":\u2026} an answer waiting for its code to run (RowAnswer), redacted
 *   {"kind":"result","target":\u2026,"row":\u2026}    each finished result (a row of a repeat), redacted
 *   {"kind":"model","target":\u2026,\u2026}           each finished target: status, details, warm-up
 * A target is a model, or with a sweep one variant of it (targetKey); a result is known by its
 * target, `row.repeat` and `row.index`. A result asked for again on resume (the server had failed
 * it) is written again; the last line of a result wins.
 */
const JOURNAL_FORMAT = 'exbench-journal/1';
/** sha256 of what the rows are made from, so an edit that changes no row (a comment) still resumes. */
function benchmarkContentHash(benchmark) {
    const content = {
        benchmark_name: benchmark.benchmarkName,
        base_prompt: benchmark.basePrompt,
        evaluator: benchmark.evaluator,
        rows: benchmark.rows.map((row) => ({ variables: row.variables, expectation: row.expectation })),
    };
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(content)).digest('hex');
}
function journalHeader(benchmark, settings, startedAt) {
    const plan = planRun(benchmark, settings);
    return {
        kind: 'header',
        journal_format: JOURNAL_FORMAT,
        benchmark_sha256: benchmarkContentHash(benchmark),
        benchmark_name: benchmark.benchmarkName,
        benchmark_file: benchmark.fileName,
        models: settings.models.length > 0 ? settings.models : benchmark.models,
        include: settings.include,
        exclude: settings.exclude,
        options: settings.options,
        plan: { repeat: plan.repeat, sweep: plan.sweep, fixed_seed: plan.fixedSeed },
        settings: {
            code_timeout_ms: settings.codeTimeoutMs,
            max_output_bytes: settings.maxOutputBytes,
            memory_bytes: settings.memoryBytes,
            sandbox: settings.sandbox,
            shard: settings.shard === null ? null : `${settings.shard.index}/${settings.shard.count}`,
        },
        started_at: startedAt.toISOString(),
    };
}
/** Writes the header of a new journal. */
function startJournal(journal, header, redact) {
    journal.append(JSON.stringify((0,core_redact/* redactDeep */.KL)(header, redact)));
    return journalWriter(journal, redact, new Map());
}
/** Appends each result as it is finished, and each target once it is done. */
function journalWriter(journal, redact, index) {
    let written = 0;
    const observer = {
        rowFinished: (ref, row) => {
            const target = (0,run_targets/* targetKey */.hD)(ref);
            const record = { kind: 'result', target, row };
            entriesOf(index, target).set(resultKey(row), journal.append(JSON.stringify((0,core_redact/* redactDeep */.KL)(record, redact))));
            written += 1;
        },
        rowAnswered: (ref, answer) => {
            const record = { kind: 'answer', target: (0,run_targets/* targetKey */.hD)(ref), answer };
            journal.append(JSON.stringify((0,core_redact/* redactDeep */.KL)(record, redact)));
        },
        modelFinished: (model) => {
            if (model.status === 'skipped')
                return;
            const { ref, status, error, details, pulled, warmup, engine } = model;
            const record = {
                kind: 'model',
                target: (0,run_targets/* targetKey */.hD)(ref),
                status,
                error,
                details,
                pulled,
                warmup,
                ...(engine ? { engine } : {}),
            };
            journal.append(JSON.stringify((0,core_redact/* redactDeep */.KL)(record, redact)));
        },
    };
    return { journal, written: () => written, observer, index };
}
/** The map a target's entries are kept in, by resultKey; made on its first entry. */
function entriesOf(byTarget, target) {
    let entries = byTarget.get(target);
    if (entries === undefined) {
        entries = new Map();
        byTarget.set(target, entries);
    }
    return entries;
}
/**
 * Failing results kept whole in memory per target, for what a summary shows of failures (their
 * code and output); every other result keeps only what figures, verdicts and comparisons read.
 */
const WHOLE_FAILING_ROWS_KEPT = 50;
/** Characters of a slimmed result's output kept: enough to tell an empty output from another. */
const SLIM_OUTPUT_CHARS = 200;
/**
 * What a run holds of each finished result once its journal has it (RunPorts.retainRow): the
 * prompt, the answer, the code and its output streams are dropped (the report reads them back from
 * the journal with wholeRow), so memory stays flat as rows grow. Statuses, reasons, timings and the
 * first WHOLE_FAILING_ROWS_KEPT failing results of each target are kept as they are.
 */
function rowRetainer() {
    const failingKept = new Map();
    return (target, row) => {
        if ((0,row_verdict/* didNotPass */.mD)(row.status)) {
            const kept = failingKept.get(target) ?? 0;
            if (kept < WHOLE_FAILING_ROWS_KEPT) {
                failingKept.set(target, kept + 1);
                return row;
            }
        }
        return {
            ...row,
            prompt: '',
            generation: row.generation && { ...row.generation, response: '', thinking: '' },
            extraction: null,
            execution: row.execution && { ...row.execution, stdout: '', stderr: '' },
            output: row.output.length > SLIM_OUTPUT_CHARS ? row.output.slice(0, SLIM_OUTPUT_CHARS) : row.output,
        };
    };
}
/**
 * A target's result whole: read back from the journal when it is there (a slimmed result is),
 * else `held` as it is (a result not journaled: not run). Journal lines are redacted already.
 */
function wholeRow(journal, index, ref, held) {
    const entry = index.get((0,run_targets/* targetKey */.hD)(ref))?.get(resultKey(held));
    if (entry === undefined)
        return held;
    return JSON.parse(journal.read(entry)).row;
}
/** Why results journaled as `was` cannot stand in a run set up as `now`; null when they can. */
function headerMismatch(was, now) {
    if (was.journal_format !== now.journal_format)
        return `it is in format "${was.journal_format}", this exbench writes "${now.journal_format}"`;
    if (was.benchmark_sha256 !== now.benchmark_sha256) {
        return `the benchmark changed since the journal was started (${was.benchmark_file}: content sha256 ${was.benchmark_sha256.slice(0, 12)}\u2026, ${now.benchmark_file} now ${now.benchmark_sha256.slice(0, 12)}\u2026); start a new run`;
    }
    const differs = (what, before, after, fix) => {
        const [a, b] = [canonicalJson(before), canonicalJson(after)];
        return a === b ? null : `${what} differ (journal ${a}, now ${b}); ${fix}`;
    };
    return (differs('the models', was.models, now.models, 'name the same models') ??
        differs('the model filters (--include, --exclude)', [was.include, was.exclude], [now.include, now.exclude], 'give the same filters') ??
        differs('the options', was.options, now.options, 'give the same options') ??
        differs('the repeats and sweep', was.plan, now.plan, 'give the same --repeat, sweep and --fixed-seed') ??
        differs('the settings', was.settings, now.settings, 'give the same settings'));
}
/** JSON with object keys sorted, so key order never tells two equal values apart. */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, item) => item !== null && typeof item === 'object' && !Array.isArray(item)
        ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : item);
}
/**
 * Reads a journal to finish its run: refuses one whose header does not fit this run (saying why),
 * and gathers the results that stand (see rowIsDone); the run's new results are appended to it.
 */
async function resumeJournal(journal, header, redact, 
/** What to hold of each result that stands (see rowRetainer); whole by default. */
retain = (_target, row) => row) {
    const refuse = (why) => {
        throw new errors/* ConfigurationError */.j1(`${journal.path}: cannot resume: ${why}`);
    };
    const done = new Map();
    const answers = new Map();
    const models = new Map();
    const index = new Map();
    let lineNumber = 0;
    for await (const { text, entry } of journal.lines()) {
        lineNumber += 1;
        const record = parseRecord(text, lineNumber === 1, (why) => refuse(`line ${lineNumber}: ${why}`));
        if (record.kind === 'header') {
            const mismatch = headerMismatch(record, header);
            if (mismatch !== null)
                refuse(mismatch);
        }
        else if (record.kind === 'model') {
            const { status, error, details, pulled, warmup, engine } = record;
            models.set(record.target, { status, error, details, pulled, warmup, ...(engine ? { engine } : {}) });
        }
        else if (record.kind === 'answer') {
            entriesOf(answers, record.target).set(resultKey(record.answer), record.answer);
        }
        else {
            const key = resultKey(record.row);
            // A result supersedes the answer it was judged from.
            answers.get(record.target)?.delete(key);
            const results = entriesOf(done, record.target);
            // The last line of a result wins: a result the server failed may have been asked again.
            if (rowIsDone(record.row)) {
                results.set(key, retain(record.target, record.row));
                entriesOf(index, record.target).set(key, entry);
            }
            else {
                results.delete(key);
                index.get(record.target)?.delete(key);
            }
        }
    }
    if (lineNumber === 0)
        refuse('it is empty (the run was stopped before it wrote a line); start a new run');
    const prior = {
        resultsOf: (ref) => done.get((0,run_targets/* targetKey */.hD)(ref)) ?? new Map(),
        answersOf: (ref) => answers.get((0,run_targets/* targetKey */.hD)(ref)) ?? new Map(),
        modelOf: (ref) => models.get((0,run_targets/* targetKey */.hD)(ref)) ?? null,
    };
    return { ...journalWriter(journal, redact, index), prior };
}
const run_journal_ROW_STATUSES = new Set(ROW_STATUSES);
/** A journal line, checked enough that a line of something else is refused, not misread. */
function parseRecord(text, first, problem) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return problem('not a line of JSON');
    }
    if (value === null || typeof value !== 'object')
        return problem('not a JSON object');
    const record = value;
    if (first !== (record.kind === 'header'))
        return problem(first ? 'not an exbench journal (no header; expected kind "header")' : 'a second header');
    if (record.kind === 'header')
        return record;
    if (typeof record.target !== 'string')
        return problem('no "target"');
    if (record.kind === 'model')
        return record;
    if (record.kind === 'answer') {
        const answer = record.answer;
        if (!answer ||
            typeof answer.index !== 'number' ||
            typeof answer.repeat !== 'number' ||
            answer.generation === null ||
            typeof answer.generation !== 'object')
            return problem('an answer without its row index, repeat or generation');
        return record;
    }
    const row = record.row;
    if (record.kind !== 'result' ||
        !row ||
        typeof row.index !== 'number' ||
        !run_journal_ROW_STATUSES.has(String(row.status)))
        return problem('expected a result (kind "result" with its row index and status), an answer or a model');
    return record;
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/app/benchmark-job.js











/**
 * Runs a benchmark and writes its report; the one sequence the CLI and the action share. The run
 * comes back with every secret redacted (`redact`), so neither the report nor anything rendered
 * from the run can carry one. The report is written only after runBenchmark returned, that is after
 * every snippet of the run is dead, also when the run was interrupted.
 *
 * With a journal the run holds each result slimmed (see rowRetainer): the JSON report's results are
 * read back from the journal one at a time as the report is written, so memory stays flat as rows
 * grow. `report` is then made on first use from the rows held (their figures, statuses and reasons;
 * no prompts or answers): only a comparison reads it. The other formats (`--format`) need every
 * result at once, so a folder of them holds them whole while it is written.
 */
async function runBenchmarkJob(benchmark, settings, ports, 
/** May still be coming (a machine fingerprint probed while the rows run); awaited after the run. */
meta) {
    for (const key of benchmark.unknownKeys) {
        ports.logger.warning(`${benchmark.fileName}: unknown field "${key}" is ignored`);
    }
    for (const { key, rows, firstRow, line } of benchmark.unknownRowKeys ?? []) {
        const where = rows === 1 ? `row ${firstRow}` : `${rows} rows (the first is row ${firstRow})`;
        ports.logger.warning(`${benchmark.fileName}${line === null ? '' : `:${line}`}: unknown field "${key}" in ${where} is ignored`);
    }
    // Found out now, not after every row has run.
    await ports.reports.prepare();
    const sharded = settings.shard === null ? null : shardBenchmark(benchmark, settings.shard);
    const retain = rowRetainer();
    const opened = await openJournal(benchmark, settings, ports, retain);
    try {
        // The journal holds a result before a display shows it.
        const observer = combineObservers(opened?.observer, ports.observer);
        const run = (0,core_redact/* redactDeep */.KL)(await runBenchmark(sharded?.benchmark ?? benchmark, settings, {
            ...ports,
            ...(observer ? { observer } : {}),
            ...(opened?.prior ? { prior: opened.prior } : {}),
            ...(opened ? { retainRow: (ref, row) => retain((0,run_targets/* targetKey */.hD)(ref), row) } : {}),
        }), ports.redact);
        const reportMeta = sharded === null ? await meta : { ...(await meta), shard: sharded.record };
        const reportOf = (resultsOf) => (0,core_redact/* redactDeep */.KL)(buildJsonReport(run, reportMeta, resultsOf), ports.redact);
        // Journal lines were redacted as they were written; rows not journaled are the run's own.
        function* wholeResults(journaled, model) {
            for (const row of model.rows)
                yield resultReport(wholeRow(journaled.journal, journaled.index, model.ref, row), model);
        }
        /**
         * The JSON report with each model's results read back from the journal one at a time while
         * it is written: each `results` array of the redacted report (empty) stands for its model's.
         */
        const streamedReport = (journaled) => {
            const written = reportOf(() => []);
            const lazy = new Map(written.models.map((model, i) => {
                const held = run.models[i];
                return [model.results, () => (held ? wholeResults(journaled, held) : [])];
            }));
            return (0,stream_json/* streamJson */.f)(written, 2, 4, lazy);
        };
        let report;
        // With a journal the report goes beside it, under its name.
        const stem = opened?.journal.reportStem ?? (0,report_file_name/* reportFileStem */.e)(ports.redact(benchmark.benchmarkName), run.startedAt);
        const write = async (store) => {
            if (!onlyJson(settings.formats)) {
                report ??= reportOf(opened === null ? undefined : (model) => [...wholeResults(opened, model)]);
                // The other formats' renderers (HTML, charts, CSV, JUnit) are loaded only when asked for.
                const { reportFolderFiles } = await __webpack_require__.e(/* import() */ 953).then(__webpack_require__.bind(__webpack_require__, 85953));
                const files = reportFolderFiles(report, settings.formats, stem);
                return store.writeFolder(stem, files.map((file) => ({ name: file.name, chunks: file.render() })));
            }
            const chunks = opened === null ? (0,stream_json/* streamJson */.f)((report ??= reportOf())) : streamedReport(opened);
            // A resumed run's report takes the place of the one its interruption wrote.
            return [
                ports.resume && store === ports.reports && store.replace
                    ? await store.replace(stem, chunks)
                    : await store.write(stem, chunks),
            ];
        };
        let reportFiles;
        try {
            reportFiles = await write(ports.reports);
        }
        catch (error) {
            if (!ports.fallbackReports)
                throw error;
            ports.logger.error(`could not write the report to ${ports.reports.location} (${(0,errors/* describeError */.Uc)(error)}); writing it to ${ports.fallbackReports.location} instead`);
            reportFiles = await write(ports.fallbackReports);
            ports.logger.warning(`the report is at ${reportFiles[0] ?? ports.fallbackReports.location}`);
        }
        // The JSON report comes first in either layout.
        const reportPath = reportFiles[0] ?? '';
        return {
            run,
            get report() {
                report ??= reportOf();
                return report;
            },
            reportPath,
            reportFiles,
        };
    }
    catch (error) {
        // A run that failed before its first result (the server unreachable) leaves no journal behind.
        if (opened !== null && opened.prior === undefined && opened.written() === 0)
            await opened.journal.discard();
        throw error;
    }
    finally {
        await opened?.journal.close();
    }
}
/** The run's journal: the one resumed, or a new one when asked for and the report store can keep it. */
async function openJournal(benchmark, settings, ports, retain) {
    const startedAt = ports.clock.date();
    const header = journalHeader(benchmark, settings, startedAt);
    if (ports.resume) {
        const opened = await resumeJournal(ports.resume, header, ports.redact, retain);
        ports.logger.info(`resuming the run journaled in ${ports.resume.path}`);
        return opened;
    }
    if (ports.journal !== true || !ports.reports.createJournal)
        return null;
    const journal = await ports.reports.createJournal((0,report_file_name/* reportFileStem */.e)(ports.redact(benchmark.benchmarkName), startedAt));
    return startJournal(journal, header, ports.redact);
}
/** The file's options overridden by the caller's. */
function mergeOptions(benchmark, overrides) {
    return { ...benchmark.options, ...overrides };
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/console-table.js + 7 modules
var console_table = __webpack_require__(53123);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/version.js
var version = __webpack_require__(62129);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/ollama/host.js


const DEFAULT_PORT = '11434';
/**
 * The base URL for an address given the way OLLAMA_HOST takes it, read as Ollama's own
 * `envconfig.Host()` and `ConnectableHost()` read it:
 * - white space and surrounding quotes (`"\u2026"`, `'\u2026'`, even `'"\u2026"'`) are trimmed;
 * - no scheme means http and port 11434; `http://` alone means port 80, `https://` port 443;
 * - a bare IPv6 address (`::1`, `[::1]`) takes the default port; `:port` alone means this machine;
 * - `ollama.com` means `https://ollama.com:443`; a path after the host is kept (a proxy prefix);
 * - the unspecified addresses `0.0.0.0` and `::`, good for listening, are connected to as loopback.
 * Unlike Ollama, the scheme may be in any case, and a port that is not a number from 1 to 65535 is
 * an error naming the value rather than a silent fall back to the default (port 0, which a server
 * listens on to be given a free port, names no server to connect to).
 */
function ollamaBaseUrl(host, source = 'OLLAMA_HOST') {
    const given = (host ?? '')
        .trim()
        .replace(/^["']+|["']+$/g, '')
        .trim() || constants/* DEFAULT_OLLAMA_HOST */.Az;
    const bad = (why) => new errors/* ConfigurationError */.j1(`${source}: "${given}" ${why}; expected host:port or a URL such as http://127.0.0.1:11434`);
    const schemeEnd = given.indexOf('://');
    let scheme = 'http';
    let rest = given;
    let defaultPort = DEFAULT_PORT;
    if (schemeEnd >= 0) {
        scheme = given.slice(0, schemeEnd).toLowerCase();
        rest = given.slice(schemeEnd + 3);
        if (scheme !== 'http' && scheme !== 'https')
            throw new errors/* ConfigurationError */.j1(`${source}: "${given}" must use http or https`);
        defaultPort = scheme === 'https' ? '443' : '80';
    }
    else if (given.toLowerCase() === 'ollama.com') {
        return 'https://ollama.com:443';
    }
    const slash = rest.indexOf('/');
    const hostPort = slash < 0 ? rest : rest.slice(0, slash);
    const path = slash < 0 ? '' : rest.slice(slash).replace(/\/+$/, '');
    const split = splitHostPort(hostPort);
    let hostname = split?.host ?? unbracket(hostPort);
    const port = split?.port || defaultPort;
    if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)
        throw bad(`has port "${port}", not a number from 1 to 65535`);
    if (hostname === '' || hostname === '0.0.0.0')
        hostname = '127.0.0.1';
    if (isUnspecifiedIpv6(hostname))
        hostname = '::1';
    const urlHost = hostname.includes(':') ? `[${hostname}]` : hostname;
    let url;
    try {
        url = new URL(`${scheme}://${urlHost}:${port}${path}`);
    }
    catch {
        throw bad('is not an address');
    }
    // URL drops a scheme's default port; Ollama's form keeps it, so it is written out again.
    return `${url.protocol}//${url.hostname}:${port}${url.pathname.replace(/\/+$/, '')}`;
}
/** Go's net.SplitHostPort: `host:port` or `[v6]:port`; null when there is no port (or too many colons). */
function splitHostPort(hostPort) {
    if (hostPort.startsWith('[')) {
        const close = hostPort.indexOf(']');
        if (close < 0 || hostPort[close + 1] !== ':')
            return null;
        return { host: hostPort.slice(1, close), port: hostPort.slice(close + 2) };
    }
    const colon = hostPort.indexOf(':');
    if (colon < 0 || hostPort.indexOf(':', colon + 1) >= 0)
        return null;
    return { host: hostPort.slice(0, colon), port: hostPort.slice(colon + 1) };
}
function unbracket(host) {
    return host.replace(/^\[/, '').replace(/\]$/, '');
}
function isUnspecifiedIpv6(host) {
    return host.includes(':') && /^[0:]+$/.test(host);
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/comparison-settings.js
var comparison_settings = __webpack_require__(70477);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/model-options.js
var model_options = __webpack_require__(86850);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/parse-settings.js
var parse_settings = __webpack_require__(90261);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/sandbox-settings.js
var sandbox_settings = __webpack_require__(25997);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/setting-fields.js
var setting_fields = __webpack_require__(4040);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/config/run-settings.js








/*
 * Adding a run setting (say `--request-timeout` and the input `request-timeout`):
 * 1. a field in runSettingsSchema below, built from setting-fields.ts with its bounds and default
 *    (e.g. `requestTimeoutMs: secondsAsMs(MAX).default(DEFAULT)`);
 * 2. its names in RUN_SETTING_NAMES (`{ flag: { name: 'request-timeout', type: 'string' },
 *    input: INPUTS.requestTimeout }`, the input also in constants.ts and action.yml).
 * The CLI then takes the flag and the action reads the input, both checked by the field's rule.
 * Only help text (cli/args.ts USAGE, README) is written by hand.
 */
/** More than this many snippets at once only queues processes on any runner we know of. */
const MAX_EVALUATION_CONCURRENCY = 1024;
/**
 * More requests at once than this only queue inside the server: Ollama answers OLLAMA_NUM_PARALLEL
 * (a handful) per model at once.
 */
const MAX_REQUEST_CONCURRENCY = 64;
/** More models at once than this would not fit in any server's memory we know of. */
const MAX_PARALLEL_MODELS = 64;
/** The wait doubles before each try, so the tenth already waits over two minutes. */
const MAX_RETRY_ATTEMPTS = 10;
const checkMemorySize = (text) => {
    const bytes = (0,sandbox_settings/* parseByteSize */.nS)(text);
    return bytes === null || bytes < sandbox_settings/* MIN_MEMORY_BYTES */.lt
        ? 'is not a memory size of at least 64M (e.g. 512M, 1G, 2GiB or a number of bytes)'
        : { value: bytes };
};
/** `i/n` with 1 \u2264 i \u2264 n \u2264 1000. */
const checkShard = (text) => {
    const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || index < 1 || count < 1 || index > count || count > 1000) {
        return 'is not a shard i/n with 1 \u2264 i \u2264 n \u2264 1000 (e.g. 2/3: the second of three shards)';
    }
    return { value: { index, count } };
};
const checkNamePattern = (pattern) => pattern === '' ? 'is not a name pattern (e.g. qwen* or *:1.5b)' : { value: pattern };
/** `all`, or a whole number of failing rows to list after each model. */
const checkFailureCount = (text) => {
    if (text.toLowerCase() === 'all')
        return { value: 'all' };
    const value = Number(text);
    return text !== '' && Number.isSafeInteger(value) && value >= 0
        ? { value }
        : 'is not "all" or a whole number of rows from 0 (e.g. 10)';
};
const checkModelName = (name) => name === '' ? 'is not a model name (e.g. qwen2.5-coder:1.5b)' : { value: name };
/**
 * How a benchmark runs, whichever shell started it. Each field reads the text a flag or an input
 * gives (or a value already typed) and declares its bounds here, once. A field a shell has no
 * source for takes its default.
 */
function runSettingsSchema(machine) {
    return schemas/* object */.Ikc({
        models: (0,setting_fields/* listSetting */.zs)((0,setting_fields/* textSetting */.QE)(checkModelName)).default([]),
        /** With `models: all`: keep only models whose name matches one of these globs. */
        include: (0,setting_fields/* listSetting */.zs)((0,setting_fields/* textSetting */.QE)(checkNamePattern)).default([]),
        /** With `models: all`: drop models whose name matches one of these globs. */
        exclude: (0,setting_fields/* listSetting */.zs)((0,setting_fields/* textSetting */.QE)(checkNamePattern)).default([]),
        /** No progress display (bars on a terminal, lines in a log). */
        quiet: (0,setting_fields/* booleanSetting */.vF)().default(false),
        /** How many failing rows the console lists after each model. */
        showFailures: (0,setting_fields/* textSetting */.QE)(checkFailureCount).default(constants/* DEFAULT_SHOWN_FAILURES */.O3),
        options: (0,model_options/* modelOptionsSetting */.Kk)().default({}),
        /** Options to try each of several values of; over the file's `sweep`. */
        sweep: (0,sweep/* sweepSetting */.Fk)().default({}),
        /** Repeats of each row; absent: the file's `repeat`, else 1. */
        repeat: (0,setting_fields/* wholeNumber */.rD)({ min: 1, max: sweep/* MAX_REPEAT */.rX, example: 5 }).optional(),
        /** Keep a fixed `seed` the same in every repeat instead of varying it. */
        fixedSeed: (0,setting_fields/* booleanSetting */.vF)().default(false),
        pull: (0,setting_fields/* booleanSetting */.vF)().default(true),
        warmup: (0,setting_fields/* booleanSetting */.vF)().default(true),
        overlap: (0,setting_fields/* booleanSetting */.vF)().default(false),
        evaluationConcurrency: (0,setting_fields/* wholeNumber */.rD)({ min: 1, max: MAX_EVALUATION_CONCURRENCY, example: 4 }).default(Math.max(1, Math.min(machine.cpuCount, MAX_EVALUATION_CONCURRENCY))),
        /**
         * Requests in flight to one server at once. 1 (serial) by default: requests served together
         * each decode slower, so speed is judged only between runs of the same concurrency.
         */
        requestConcurrency: (0,setting_fields/* wholeNumber */.rD)({ min: 1, max: MAX_REQUEST_CONCURRENCY, example: 4 }).default(1),
        retryAttempts: (0,setting_fields/* wholeNumber */.rD)({ min: 1, max: MAX_RETRY_ATTEMPTS, example: 3 }).default(constants/* DEFAULT_RETRY_ATTEMPTS */.K7),
        codeTimeoutMs: (0,setting_fields/* secondsAsMs */.Eg)(constants/* MAX_CODE_TIMEOUT_MS */.UN).default(constants/* DEFAULT_CODE_TIMEOUT_MS */.Te),
        maxOutputBytes: (0,setting_fields/* wholeNumber */.rD)({
            min: 1,
            max: constants/* MAX_OUTPUT_BYTES_LIMIT */.x3,
            unit: ' of bytes',
            example: constants/* DEFAULT_MAX_OUTPUT_BYTES */.n9,
        }).default(constants/* DEFAULT_MAX_OUTPUT_BYTES */.n9),
        /** Which sandbox runs model-written code (see adapters/sandbox/sandbox-tiers.ts). */
        sandbox: (0,setting_fields/* choice */.Yq)(sandbox_settings/* SANDBOX_CHOICES */.Lg).default('auto'),
        /** Address space per snippet process, in bytes. */
        memoryBytes: (0,setting_fields/* textSetting */.QE)(checkMemorySize).default(sandbox_settings/* DEFAULT_MEMORY_BYTES */.S2),
        /** To open a connection; also the whole of a `GET /api/version`, which a live server answers at once. */
        connectTimeoutMs: (0,setting_fields/* secondsAsMs */.Eg)(constants/* MAX_CODE_TIMEOUT_MS */.UN).default(constants/* DEFAULT_CONNECT_TIMEOUT_MS */.od),
        /** A whole generation (first byte included), and any other request but a pull. */
        requestTimeoutMs: (0,setting_fields/* secondsAsMs */.Eg)(constants/* MAX_CODE_TIMEOUT_MS */.UN).default(constants/* DEFAULT_REQUEST_TIMEOUT_MS */.Zc),
        /** Between two streamed chunks of a generation or a pull. */
        idleTimeoutMs: (0,setting_fields/* secondsAsMs */.Eg)(constants/* MAX_CODE_TIMEOUT_MS */.UN).default(constants/* DEFAULT_IDLE_TIMEOUT_MS */.C9),
        /**
         * After a server fault, how long to wait for the server to answer `GET /api/version` again
         * before the request is given up (its row errored with error kind `server`).
         */
        serverWaitMs: (0,setting_fields/* secondsAsMs */.Eg)(constants/* MAX_CODE_TIMEOUT_MS */.UN).default(constants/* DEFAULT_SERVER_WAIT_MS */.X7),
        /**
         * Each model's time budget for its rows, from its first row on: past it the request in flight
         * is aborted and its remaining rows are `not_run` (the model `incomplete`). Absent: none.
         */
        modelTimeoutMs: (0,setting_fields/* secondsAsMs */.Eg)(constants/* MAX_CODE_TIMEOUT_MS */.UN).optional(),
        /** Targets run at once; on one server they share its compute, and the report says so. */
        parallelModels: (0,setting_fields/* wholeNumber */.rD)({ min: 1, max: MAX_PARALLEL_MODELS, example: 2 }).default(1),
        /** The report files written (see report-formats.ts); the action's input defaults to all. */
        formats: (0,setting_fields/* textSetting */.QE)(checkReportFormats).default(['json']),
        /** `i/n`: run only the rows whose 0-based position modulo n is i - 1 (a matrix leg); null: all. */
        shard: (0,setting_fields/* textSetting */.QE)(checkShard).nullable().default(null),
    })
        .transform(({ retryAttempts, connectTimeoutMs, requestTimeoutMs, idleTimeoutMs, ...settings }) => ({
        ...settings,
        retry: { attempts: retryAttempts, initialDelayMs: constants/* RETRY_INITIAL_DELAY_MS */.Vb },
        /** exbench's own deadlines on the server: applied by the server adapter, recorded in the report. */
        serverDeadlines: { connectMs: connectTimeoutMs, requestMs: requestTimeoutMs, idleMs: idleTimeoutMs },
    }));
}
/** Each field's flag and input. Model names are the CLI's positional arguments. */
const RUN_SETTING_NAMES = {
    models: { flag: { name: 'models', type: 'string' }, input: constants/* INPUTS */.mc.models },
    include: { flag: { name: 'include', type: 'string', multiple: true }, input: constants/* INPUTS */.mc.include },
    exclude: { flag: { name: 'exclude', type: 'string', multiple: true }, input: constants/* INPUTS */.mc.exclude },
    quiet: { flag: { name: 'quiet', type: 'boolean' }, input: constants/* INPUTS */.mc.quiet },
    showFailures: { flag: { name: 'show-failures', type: 'string' }, input: null },
    options: { flag: { name: 'option', type: 'string', multiple: true }, input: constants/* INPUTS */.mc.options },
    sweep: { flag: null, input: constants/* INPUTS */.mc.sweep },
    repeat: { flag: { name: 'repeat', type: 'string' }, input: constants/* INPUTS */.mc.repeat },
    fixedSeed: { flag: { name: 'fixed-seed', type: 'boolean' }, input: constants/* INPUTS */.mc.fixedSeed },
    pull: { flag: { name: 'pull', type: 'boolean' }, input: null },
    warmup: { flag: { name: 'warmup', type: 'boolean' }, input: null },
    overlap: { flag: { name: 'overlap', type: 'boolean' }, input: null },
    evaluationConcurrency: { flag: { name: 'code-concurrency', type: 'string' }, input: null },
    requestConcurrency: { flag: { name: 'concurrency', type: 'string' }, input: constants/* INPUTS */.mc.concurrency },
    retryAttempts: { flag: { name: 'retries', type: 'string' }, input: null },
    codeTimeoutMs: { flag: { name: 'timeout', type: 'string' }, input: constants/* INPUTS */.mc.timeout },
    maxOutputBytes: { flag: { name: 'max-output', type: 'string' }, input: null },
    sandbox: { flag: { name: 'sandbox', type: 'string' }, input: constants/* INPUTS */.mc.sandbox },
    memoryBytes: { flag: { name: 'memory', type: 'string' }, input: constants/* INPUTS */.mc.memory },
    connectTimeoutMs: { flag: { name: 'connect-timeout', type: 'string' }, input: constants/* INPUTS */.mc.connectTimeout },
    requestTimeoutMs: { flag: { name: 'request-timeout', type: 'string' }, input: constants/* INPUTS */.mc.requestTimeout },
    idleTimeoutMs: { flag: { name: 'idle-timeout', type: 'string' }, input: constants/* INPUTS */.mc.idleTimeout },
    serverWaitMs: { flag: { name: 'server-wait', type: 'string' }, input: constants/* INPUTS */.mc.serverWait },
    modelTimeoutMs: { flag: { name: 'model-timeout', type: 'string' }, input: constants/* INPUTS */.mc.modelTimeout },
    parallelModels: { flag: { name: 'parallel-models', type: 'string' }, input: constants/* INPUTS */.mc.parallelModels },
    formats: { flag: { name: 'format', type: 'string' }, input: constants/* INPUTS */.mc.format },
    shard: { flag: { name: 'shard', type: 'string' }, input: constants/* INPUTS */.mc.shard },
};
/** Every field at its default, as a shell that gives none gets it (tests and benches start here). */
function defaultRunSettings(machine) {
    return runSettingsSchema(machine).parse({});
}
/** Checks what a shell gathered; throws a ConfigurationError naming the flag or input. */
function parseRunSettings(raw, label, machine) {
    return (0,parse_settings/* parseSettings */.P$)(runSettingsSchema(machine), raw, label);
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/cli/flags.js
var flags = __webpack_require__(93279);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/cli/argv-glance.js
var argv_glance = __webpack_require__(34393);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/cli/args.js











const COMPARISON_FORMATS = ['plain', 'markdown', 'json'];
const LOG_FORMATS = ['text', 'json'];
/** The flag's value when it is one of `allowed`, else an error naming the flag and the choices. */
function oneOf(flag, text, allowed) {
    const found = allowed.find((choice) => choice === text);
    if (found === undefined)
        throw new errors/* ConfigurationError */.j1(`${flag} "${text}": expected one of ${allowed.join(', ')}`);
    return found;
}
/** Shorthands for Ollama options: `--num-ctx 4096` is `--option num_ctx=4096`. */
const OPTION_FLAGS = {
    temperature: 'temperature',
    seed: 'seed',
    'num-ctx': 'num_ctx',
    'num-predict': 'num_predict',
};
/** The comparison flags ollama-bench takes; its `--seed` is Ollama's. */
const THRESHOLD_FIELDS = ['alpha', 'minAccuracyDrop', 'maxSlowdown'];
const COMPARE_FIELDS = [...THRESHOLD_FIELDS, 'seed'];
function parseCliArgs(argv, env) {
    const [command, ...rest] = argv;
    const atOnce = (0,argv_glance/* helpOrVersion */.H)(argv);
    if (atOnce !== null)
        return { command: atOnce };
    if (command === 'compare')
        return parseCompareArgs(rest);
    if (command !== 'ollama-bench') {
        throw new errors/* ConfigurationError */.j1(`unknown command "${command}"; expected "ollama-bench", "compare", "dashboard" or "merge" (see exbench --help)`);
    }
    const thresholdNames = pick(comparison_settings/* COMPARISON_SETTING_NAMES */.kf, THRESHOLD_FIELDS);
    const { values, positionals } = (0,flags/* parseFlags */.b)({
        args: [...rest],
        allowPositionals: true,
        allowNegative: true,
        options: {
            ...flagOptions(RUN_SETTING_NAMES),
            ...flagOptions(thresholdNames),
            ...Object.fromEntries(Object.keys(OPTION_FLAGS).map((flag) => [flag, { type: 'string' }])),
            host: { type: 'string' },
            server: { type: 'string', multiple: true },
            'api-key-env': { type: 'string' },
            'output-dir': { type: 'string', default: constants/* DEFAULT_REPORT_DIR */.dw },
            baseline: { type: 'string' },
            resume: { type: 'string' },
            'metrics-port': { type: 'string' },
            'metrics-host': { type: 'string' },
            verbose: { type: 'boolean', short: 'v', default: false },
            'log-format': { type: 'string', default: 'text' },
            help: { type: 'boolean', short: 'h', default: false },
        },
    }, 'exbench');
    if (values.help === true)
        return { command: 'help' };
    const benchmarkPath = positionals.at(-1);
    // Whether it is a YAML file, CSV files or a folder of them is found out when it is read.
    if (benchmarkPath === undefined) {
        throw new errors/* ConfigurationError */.j1('the last argument must be the benchmark: a YAML file, a .txt list of prompts, or multiple-choice CSV files or a folder of them; see exbench --help');
    }
    const { options, sweep, flagOf } = modelOptionFlags(values);
    const runLabel = (path) => {
        if (path[0] === 'models')
            return values.models === undefined ? 'model argument' : '--models';
        if ((path[0] === 'options' || path[0] === 'sweep') && typeof path[1] === 'string')
            return flagOf[path[1]] ?? '--option';
        return (0,parse_settings/* labelByNames */.Eb)(RUN_SETTING_NAMES, 'flag')(path);
    };
    return {
        command: 'ollama-bench',
        benchmarkPath,
        hostUrl: typeof values.host === 'string'
            ? ollamaBaseUrl(values.host, '--host')
            : ollamaBaseUrl(env[constants/* ENV */.Km.ollamaHost]),
        servers: (0,engine_servers/* parseServerSpecs */.pg)((Array.isArray(values.server) ? values.server : []).map(String), '--server'),
        apiKeyEnv: typeof values['api-key-env'] === 'string' ? values['api-key-env'] : null,
        outputDir: String(values['output-dir']),
        verbose: values.verbose === true,
        logFormat: oneOf('--log-format', String(values['log-format']), LOG_FORMATS),
        run: parseRunSettings({ ...flagValues(RUN_SETTING_NAMES, values), ...modelArguments(positionals, values), options, sweep }, runLabel, { cpuCount: (0,external_node_os_.availableParallelism)() }),
        baselinePath: typeof values.baseline === 'string' ? values.baseline : null,
        metrics: metricsAddress(values),
        resumePath: typeof values.resume === 'string' ? values.resume : null,
        comparison: (0,comparison_settings/* parseComparisonSettings */.Qz)(flagValues(thresholdNames, values), (0,parse_settings/* labelByNames */.Eb)(comparison_settings/* COMPARISON_SETTING_NAMES */.kf, 'flag'), { gating: true }),
    };
}
/** The default of --metrics-host: metrics of a local run are this machine's business. */
const DEFAULT_METRICS_HOST = '127.0.0.1';
/** `--metrics-port` (0 to 65535) and `--metrics-host`; null when no port is given. */
function metricsAddress(values) {
    const portText = values['metrics-port'];
    const host = values['metrics-host'];
    if (typeof portText !== 'string') {
        if (typeof host === 'string')
            throw new errors/* ConfigurationError */.j1(`--metrics-host ${host} needs --metrics-port <port> to serve anything`);
        return null;
    }
    const port = Number(portText);
    if (!/^\d+$/.test(portText) || port > 65_535)
        throw new errors/* ConfigurationError */.j1(`--metrics-port: "${portText}" is not a port number from 0 to 65535 (e.g. 9464; 0 picks a free one)`);
    if (host !== undefined && (typeof host !== 'string' || host.trim() === ''))
        throw new errors/* ConfigurationError */.j1('--metrics-host: expected an address to listen on, e.g. 127.0.0.1 or 0.0.0.0');
    return { port, host: typeof host === 'string' ? host.trim() : DEFAULT_METRICS_HOST };
}
/** Models as positional arguments or `--models` (a list, or `all`), not both. */
/** What no model is called: a benchmark file left among the model arguments (an unquoted glob). */
const BENCHMARK_FILE = /\.(?:csv|ya?ml|txt|json)$/i;
function modelArguments(positionals, values) {
    const named = positionals.slice(0, -1);
    const file = named.find((name) => BENCHMARK_FILE.test(name));
    if (file !== undefined) {
        throw new errors/* ConfigurationError */.j1(`"${file}" is a benchmark file, not a model: the benchmark is the last argument, and there is one; for several CSV files, quote a glob ('questions/*.csv') so the shell does not expand it, or name their folder`);
    }
    const flag = values[RUN_SETTING_NAMES.models.flag?.name ?? 'models'];
    if (flag === undefined)
        return { models: named };
    if (named.length > 0) {
        throw new errors/* ConfigurationError */.j1(`models given twice: as arguments (${named.join(', ')}) and as --models ${String(flag)}; give one`);
    }
    return { models: flag };
}
function parseCompareArgs(args) {
    const names = pick(comparison_settings/* COMPARISON_SETTING_NAMES */.kf, COMPARE_FIELDS);
    const { values, positionals } = (0,flags/* parseFlags */.b)({
        args: [...args],
        allowPositionals: true,
        options: {
            ...flagOptions(names),
            json: { type: 'boolean', default: false },
            format: { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false },
        },
    }, 'exbench');
    if (values.help === true)
        return { command: 'help' };
    const [basePath, headPath, ...extra] = positionals;
    if (basePath === undefined || headPath === undefined || extra.length > 0) {
        throw new errors/* ConfigurationError */.j1(`compare takes exactly two reports, <base.json> <head.json>; got ${positionals.length} (see exbench --help)`);
    }
    const comparison = (0,comparison_settings/* parseComparisonSettings */.Qz)(flagValues(names, values), (0,parse_settings/* labelByNames */.Eb)(names, 'flag'), {
        gating: true,
    });
    const formatFlag = typeof values.format === 'string' ? values.format : undefined;
    const format = values.json === true
        ? 'json'
        : formatFlag === undefined
            ? null
            : oneOf('--format', formatFlag, COMPARISON_FORMATS);
    if (values.json === true && formatFlag !== undefined && formatFlag !== 'json')
        throw new errors/* ConfigurationError */.j1(`--json and --format ${formatFlag} contradict each other; give one`);
    return { command: 'compare', basePath, headPath, comparison, format };
}
function pick(names, fields) {
    return Object.fromEntries(fields.map((field) => [field, names[field]]));
}
/** parseArgs' option for every field that has a flag; no defaults, so a flag not given takes the field's. */
function flagOptions(names) {
    const options = {};
    for (const { flag } of Object.values(names)) {
        if (flag !== null)
            options[flag.name] = { type: flag.type, ...(flag.multiple ? { multiple: true } : {}) };
    }
    return options;
}
/** The value of each field's flag that was given, by field. */
function flagValues(names, values) {
    const raw = {};
    for (const [field, { flag }] of Object.entries(names)) {
        if (flag !== null && values[flag.name] !== undefined)
            raw[field] = values[flag.name];
    }
    return raw;
}
/**
 * Ollama options from `--option key=value` and the shorthands, the later flag winning, with the
 * flag that set each key so an error can name it. Values are JSON when they parse, else text; the
 * options' own rules (model-options.ts) judge them. A comma-separated list (`--temperature 0,0.5,1`)
 * is a sweep of that option instead (but for `stop`, whose one value may hold a comma).
 */
function modelOptionFlags(values) {
    const options = {};
    const sweep = {};
    const flagOf = {};
    const set = (key, text, flag) => {
        const list = key === 'stop' ? null : sweptValues(text);
        delete options[key];
        delete sweep[key];
        if (list === null)
            options[key] = (0,model_options/* optionValue */.TN)(text);
        else
            sweep[key] = list;
        flagOf[key] = (0,parse_settings/* flagLabel */.dV)(flag);
    };
    for (const [flag, key] of Object.entries(OPTION_FLAGS)) {
        const text = values[flag];
        if (typeof text === 'string')
            set(key, text, flag);
    }
    const optionFlag = RUN_SETTING_NAMES.options.flag?.name ?? 'option';
    const pairs = values[optionFlag];
    for (const pair of Array.isArray(pairs) ? pairs : []) {
        const text = String(pair);
        const eq = text.indexOf('=');
        if (eq <= 0)
            throw new errors/* ConfigurationError */.j1(`--option "${text}": expected key=value, e.g. --option top_p=0.9`);
        set(text.slice(0, eq), text.slice(eq + 1), optionFlag);
    }
    return { options, sweep, flagOf };
}
/** `0,0.5,1` as [0, 0.5, 1]; null for a single value (or JSON such as `[1,2]`, which is one value). */
function sweptValues(text) {
    if (!text.includes(','))
        return null;
    try {
        JSON.parse(text);
        return null;
    }
    catch {
        return text.split(',').map((item) => (0,model_options/* optionValue */.TN)(item.trim()));
    }
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/cli/usage.js
var usage = __webpack_require__(30979);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/cli/ollama-bench-command.js






















/** The comparison (statistics, renderers, report reading) is loaded only for compare or --baseline. */
const comparing = () => Promise.all(/* import() */[__webpack_require__.e(953), __webpack_require__.e(144), __webpack_require__.e(385)]).then(__webpack_require__.bind(__webpack_require__, 39385));
/**
 * `exbench ollama-bench` (the run) and `exbench compare`, from their arguments; returns the exit
 * status. Errors are thrown for runCli to print.
 */
async function runParsedCommand(io, session) {
    const command = parseCliArgs(io.argv, io.env);
    if (command.command === 'help') {
        io.stdout(`${usage/* USAGE */.u}\n`);
        return 0;
    }
    if (command.command === 'version') {
        io.stdout(`${version/* EXBENCH_VERSION */.r}\n`);
        return 0;
    }
    if (command.command === 'compare')
        return await (await comparing()).compare(command, io);
    // The key named by --api-key-env is a secret whatever its variable is called.
    const apiKey = (0,engine_servers/* apiKeyFromEnv */.vZ)(command.apiKeyEnv, io.env, '--api-key-env');
    if (apiKey !== null)
        session.addSecret(apiKey);
    // Read the baseline first: a bad one should stop before a long run, not after.
    const baseline = command.baselinePath === null
        ? null
        : await (await comparing()).readReportArgument(command.baselinePath, io.cwd);
    const json = command.logFormat === 'json' ? await session.jsonLogger(command.verbose) : null;
    // JSON logs carry the progress as events, so there are no bars or progress lines.
    const display = json === null
        ? await createProgressDisplay({
            quiet: command.run.quiet,
            terminal: io.progressTerminal,
            clock: system_clock.systemClock,
            safe: (text) => (0,safe_text/* terminalText */.eR)(session.redact(text)),
            writeLine: (line) => io.stderr(`${line}\n`),
            showFailures: command.run.showFailures,
            seeAllHint: 'see them all with --show-failures all, or in the report',
        })
        : { observer: json.observer(), writeLine: (line) => json.info(line), stop: () => undefined };
    const logger = json ?? new ConsoleLogger(command.verbose, (line) => display.writeLine(line));
    const benchmark = await loadBenchmarkArgument(command.benchmarkPath, io.cwd);
    // Probed only when the evaluator runs code: starting the sandbox costs a process or two.
    const runner = runsCode(benchmark)
        ? await (io.createRunner ?? createPythonRunner)({
            sandbox: command.run.sandbox,
            memoryBytes: command.run.memoryBytes,
        })
        : NO_CODE_RUNNER;
    if (runner !== NO_CODE_RUNNER)
        logger.debug(`sandbox: ${runner.sandbox.tier} tier`);
    if (runner.sandbox.warning !== null)
        logger.warning(runner.sandbox.warning);
    // A resumed run's report goes beside its journal, whatever --output-dir says.
    const resume = command.resumePath === null
        ? undefined
        : run_journal/* FileRunJournal */.P.open((0,run_journal/* journalPathOf */.S)(external_node_path_.resolve(io.cwd, command.resumePath)));
    const reportDir = resume === undefined ? external_node_path_.resolve(io.cwd, command.outputDir) : external_node_path_.dirname(resume.path);
    // The machine's fingerprint (GPU tools are processes, whose start blocks for a moment) is
    // gathered once the first model's rows are about to be sent, while they run: never before the
    // first request. A run whose models never start gathers it at the end.
    const fingerprint = io.collectEnvironment ?? (() => collectEnvironment({ env: io.env }));
    let probing;
    const environment = () => (probing ??= fingerprint());
    const probeOnStart = { modelStarted: () => void environment() };
    // Listening before the first request, so a port in use stops the run before it starts.
    const metrics = await startRunMetrics(command, benchmark.benchmarkName, logger);
    // `job.report` is built on first use (the results read back from the journal): only a comparison does.
    const job = await withProgress(display, metrics, async () => runBenchmarkJob({ ...benchmark, fileName: command.benchmarkPath }, { ...command.run, options: mergeOptions(benchmark, command.run.options) }, {
        server: new OllamaModelServer({
            url: command.hostUrl,
            clock: system_clock.systemClock,
            deadlines: command.run.serverDeadlines,
        }),
        runner,
        clock: system_clock.systemClock,
        servers: await createEngineServers({
            addresses: { ...benchmark.servers, ...command.servers },
            apiKey,
            clock: system_clock.systemClock,
            deadlines: command.run.serverDeadlines,
        }),
        logger,
        signal: io.signal,
        observer: combineObservers(probeOnStart, display.observer, metrics?.observer),
        redact: session.redact,
        reports: new report_store/* DirectoryReportStore */.x(reportDir, resume ? '--resume' : '--output-dir'),
        journal: true,
        ...(resume ? { resume } : {}),
        fallbackReports: new report_store/* DirectoryReportStore */.x(external_node_path_.join((0,external_node_os_.tmpdir)(), 'exbench-reports')),
    }, {
        // Awaited after the run: only then does a run whose models never started probe.
        then: (resolve, reject) => environment()
            .then((machine) => ({
            exbenchVersion: version/* EXBENCH_VERSION */.r,
            benchmarkPath: command.benchmarkPath,
            environment: machine,
        }))
            .then(resolve, reject),
    }));
    const { run, reportPath, reportFiles } = job;
    const shown = (file) => external_node_path_.relative(io.cwd, file) || file;
    json?.info(`Report written to ${shown(reportPath)}`, {
        event: 'report_written',
        path: shown(reportPath),
        files: reportFiles.length,
    });
    const folder = reportFiles.length > 1
        ? `\nAll formats: ${shown(external_node_path_.dirname(reportPath))}${external_node_path_.sep} (open index.html)`
        : '';
    io.stdout(`${(0,console_table/* renderConsoleTable */.C)(run)}\n\nReport: ${shown(reportPath)}${folder}\n`);
    if (run.status === 'interrupted') {
        const reason = io.signal?.reason;
        const signal = interrupts/* INTERRUPT_SIGNALS */.Qe.find((name) => name === reason) ?? 'SIGINT';
        io.stderr(`interrupted by ${signal}: the report above holds the rows run so far\n`);
        return (0,interrupts/* interruptExitStatus */.qj)(signal);
    }
    let status = 0;
    if (baseline !== null && command.baselinePath !== null) {
        const { judgeAgainstBaseline } = await comparing();
        status = judgeAgainstBaseline(baseline, command.baselinePath, job.report, command.comparison, io);
    }
    const unavailable = run.models.filter((model) => model.status === 'unavailable');
    if (unavailable.length > 0) {
        io.stderr(`error: ${unavailable.length} model(s) could not be run: ${unavailable.map((m) => (0,run_targets/* targetName */.je)(m.ref)).join(', ')}\n`);
        status = 1;
    }
    return status;
}
/** The sandbox and its tools (execa, bubblewrap provisioning) are loaded only for a run that executes code. */
async function createPythonRunner(options) {
    const { PythonCodeRunner } = await __webpack_require__.e(/* import() */ 718).then(__webpack_require__.bind(__webpack_require__, 55718));
    return PythonCodeRunner.create(options);
}
/**
 * Runs `body` with the progress display up, and takes it down (bars stopped) before anything else
 * prints; the metrics server, if any, is closed with it, whether the run succeeded or failed.
 */
async function withProgress(display, metrics, body) {
    try {
        return await body();
    }
    finally {
        display.stop();
        await metrics?.server.close();
    }
}
/** With --metrics-port, the run's metrics and the server that serves them; null without. */
async function startRunMetrics(command, benchmarkName, logger) {
    if (command.metrics === null)
        return null;
    // prom-client (and OpenTelemetry's API under it) is loaded only for a run that serves metrics.
    const [{ createRunMetrics }, { startMetricsServer }] = await Promise.all([
        __webpack_require__.e(/* import() */ 541).then(__webpack_require__.bind(__webpack_require__, 87541)),
        __webpack_require__.e(/* import() */ 333).then(__webpack_require__.bind(__webpack_require__, 35333)),
    ]);
    const { registry, observer } = createRunMetrics({
        benchmark: benchmarkName,
        exbenchVersion: version/* EXBENCH_VERSION */.r,
        requestConcurrency: command.run.requestConcurrency,
    }, system_clock.systemClock.date());
    const server = await startMetricsServer(registry, command.metrics);
    logger.info(`metrics: ${server.url}/metrics and ${server.url}/metrics.json while the run lasts`);
    return { observer, server };
}


/***/ }),

/***/ 309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BU: () => (/* binding */ benchmarkFileSchema),
  xk: () => (/* binding */ fileRunFields),
  i8: () => (/* binding */ noFileRunFields),
  Dw: () => (/* binding */ readBenchmarkText)
});

// UNUSED EXPORTS: MAX_EXPANDED_VALUES, parseBenchmarkFile

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/engine-servers.js
var engine_servers = __webpack_require__(66977);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/errors.js
var errors = __webpack_require__(51398);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/lazily.js
var lazily = __webpack_require__(34892);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/evaluator-names.js
var evaluator_names = __webpack_require__(46760);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/checks.js
var config_checks = __webpack_require__(54831);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/config/free-form-rows.js


/**
 * Each row's checks: its own `checks:`, else the file's evaluator with `evaluator_options`; none
 * under `none`. Under the predecessor's evaluators a row needs its expectation and may have no
 * checks. `at(path)` is `file:line: ` of the YAML node at path; `missingHint(path)` is what to add
 * when the field at path is missing (a likely misspelling of it), or ''.
 */
function freeFormChecks(data, at, missingHint) {
    const { evaluator } = data;
    const options = data.evaluator_options ?? null;
    if (!(0,config_checks/* isFreeFormEvaluator */.i$)(evaluator)) {
        if (options !== null) {
            throw new errors/* ConfigurationError */.j1(`${at(['evaluator_options'])}evaluator_options: only a check used as the evaluator takes options, not ${evaluator}`);
        }
        return data.prompts.map((row, i) => {
            if (row.expectation === undefined) {
                throw new errors/* ConfigurationError */.j1(`${at(['prompts', i])}prompts[${i}].expectation: missing (expected a string, a number, true or false, a mapping or a list)${missingHint(['prompts', i, 'expectation'])}`);
            }
            if (row.checks !== undefined) {
                throw new errors/* ConfigurationError */.j1(`${at(['prompts', i, 'checks'])}prompts[${i}].checks: checks are for the free-form evaluators (none, json_parse, json_keys, regex, contains, not_contains, max_length), not ${evaluator}`);
            }
            return {};
        });
    }
    let fileChecks = [];
    if (evaluator === 'none') {
        if (options !== null) {
            throw new errors/* ConfigurationError */.j1(`${at(['evaluator_options'])}evaluator_options: evaluator none judges nothing and takes no options; put checks in a row's checks:`);
        }
    }
    else {
        const path = options === null ? ['evaluator'] : ['evaluator_options'];
        const site = { at, path, field: 'evaluator_options' };
        fileChecks = [(0,config_checks/* parseCheck */.QB)(evaluator, options ?? {}, site)];
    }
    return data.prompts.map((row, i) => {
        if (row.expectation !== undefined) {
            throw new errors/* ConfigurationError */.j1(`${at(['prompts', i, 'expectation'])}prompts[${i}].expectation: evaluator ${evaluator} compares no expectation; remove it, or say what the answer must pass under checks:`);
        }
        const checks = row.checks === undefined
            ? fileChecks
            : (0,config_checks/* parseChecks */.B2)(row.checks, { at, path: ['prompts', i, 'checks'], field: `prompts[${i}].checks` });
        return { checks, expectation: checks.map(config_checks/* describeCheck */.cn).join('; ') };
    });
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/regex-engine.js
var regex_engine = __webpack_require__(76342);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/python-number.js
var python_number = __webpack_require__(8092);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/model-options.js
var model_options = __webpack_require__(86850);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/placeholders.js
var config_placeholders = __webpack_require__(51148);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/sweep.js
var sweep = __webpack_require__(76868);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/config/yaml-sequence-pieces.js
/**
 * A top-level block sequence of a YAML text cut into its items, each a text of its own, and the
 * text without them. Parsing a 10,000-row benchmark as one document holds the yaml package's whole
 * syntax tree and node graph at once (some 50 MB for 0.8 MB of YAML); parsed item by item, only
 * one item's are held at a time.
 *
 * The cut is taken only where it cannot change what the text means: `key:` alone on its line at
 * the start of a line, then items that each begin `- ` at one indentation and hold only lines
 * indented deeper (blank and comment lines anywhere). Everything else (flow sequences, anchors
 * across items, directives) gets null, and the caller parses the text whole. The caller must still
 * check that the rest parses with `key` null and no parse error anywhere: a text the cut misreads
 * then fails that check rather than meaning something else.
 */
/** A line that only a whole-document parse reads right: a directive or a document marker. */
const DOCUMENT_LEVEL = /^(%|---|\.\.\.)/m;
function sequencePieces(text, key) {
    if (DOCUMENT_LEVEL.test(text))
        return null;
    const keyLine = new RegExp(`^${key}:[ ]*(#.*)?\\r?$`, 'm').exec(text);
    if (keyLine === null)
        return null;
    const keyOffset = keyLine.index;
    let position = keyOffset + keyLine[0].length + 1;
    let lineNumber = lineAt(text, position);
    /** Start offsets and line numbers of the lines from `position` on, one at a time. */
    const nextLine = () => {
        if (position >= text.length)
            return null;
        const newline = text.indexOf('\n', position);
        const end = newline === -1 ? text.length : newline + 1;
        const line = { start: position, end, line: lineNumber };
        position = end;
        lineNumber += 1;
        return line;
    };
    const peek = () => {
        const newline = text.indexOf('\n', position);
        return text.slice(position, newline === -1 ? text.length : newline).replace(/\r$/, '');
    };
    const blankOrComment = (line) => /^[ ]*(#.*)?$/.test(line);
    // Blank and comment lines before the first item stay with the rest.
    while (position < text.length && blankOrComment(peek()))
        nextLine();
    const first = /^([ ]*)-( |$)/.exec(peek());
    if (first === null)
        return null;
    const indent = first[1]?.length ?? 0;
    const itemStart = new RegExp(`^[ ]{${indent}}-( |$)`);
    const deeper = new RegExp(`^[ ]{${indent + 1}}`);
    const items = [];
    const itemsStart = position;
    let current = null;
    let itemsEnd = position;
    for (;;) {
        const line = peek();
        if (position >= text.length)
            break;
        if (itemStart.test(line)) {
            if (current !== null)
                items.push({ text: text.slice(current.start, position), line: current.line });
            const started = nextLine();
            if (started === null)
                break;
            current = { start: started.start, line: started.line };
        }
        else if (deeper.test(line) || blankOrComment(line)) {
            nextLine();
        }
        else {
            break;
        }
        itemsEnd = position;
    }
    if (current !== null)
        items.push({ text: text.slice(current.start, itemsEnd), line: current.line });
    // A tab in an item's indentation is an error to the whole parse; the pieces would not say so.
    if (items.length === 0 || /^[ ]*\t/m.test(text.slice(itemsStart, itemsEnd)))
        return null;
    return { rest: text.slice(0, itemsStart) + text.slice(itemsEnd), items, keyOffset };
}
/** The 1-based line of `offset` in `text`. */
function lineAt(text, offset) {
    let line = 1;
    for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1))
        line += 1;
    return line;
}

// EXTERNAL MODULE: ./node_modules/leven/index.js
var leven = __webpack_require__(41444);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/config/misspelt-keys.js

/**
 * The unknown key most likely meant as `field`: within two edits of it (one for a name under eight
 * characters, where two edits make another word), letter case aside; the nearest, then the first.
 */
function likelyMisspelling(field, unknownKeys) {
    const allowed = field.length < 8 ? 1 : 2;
    let best = null;
    for (const key of unknownKeys) {
        const distance = leven(key.key.toLowerCase(), field);
        if (distance <= allowed && (best === null || distance < best.distance))
            best = { key, distance };
    }
    return best?.key ?? null;
}
/**
 * What to add to "`field`: missing": `; found the unknown field "expecation" on line 13 \u2014 a
 * misspelling?` when one of the mapping's unknown keys is likely it misspelt; '' otherwise.
 */
function misspellingHint(field, unknownKeys) {
    const near = likelyMisspelling(field, unknownKeys);
    if (near === null)
        return '';
    return `; found the unknown field ${JSON.stringify(near.key)}${near.line === null ? '' : ` on line ${near.line}`} \u2014 a misspelling?`;
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/yaml-document.js
var yaml_document = __webpack_require__(23403);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/config/benchmark-file.js
















/** One row of `prompts:`. */
function promptRowSchema() {
    /** A value a row can bind to a `{{placeholder}}`: YAML scalars, kept as the text the author wrote. */
    const VariableValue = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]);
    /** What a row expects: a scalar, or any JSON-like structure for `json_validator_eval`. */
    const Expectation = schemas/* union */.KCZ([
        schemas/* string */.YjP(),
        schemas/* number */.aig(),
        schemas/* boolean */.zMY(),
        schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
        schemas/* array */.YOg(schemas/* unknown */.L5J()),
    ]);
    return schemas/* object */.Ikc({
        // `dynamic_variables:` with no value is YAML null; the predecessor read it as no variables.
        dynamic_variables: schemas/* record */.g1P(schemas/* string */.YjP(), VariableValue)
            .nullish()
            .transform((variables) => variables ?? {})
            .describe('A value for every {{placeholder}} of base_prompt; scalars are kept as written.'),
        expectation: Expectation.optional().describe('What a right answer gives: a string or number, or (json_validator_eval) a mapping or list. Not used by the free-form evaluators (none and the checks).'),
        checks: schemas/* unknown */.L5J()
            .optional()
            .describe("This row's checks, over the file's evaluator (free-form evaluators only): a check's name or {check: name, ...parameters}, or a list of them that must all pass (exbench's own field)."),
    });
}
/**
 * The most values a file may expand to once its YAML aliases are resolved. Ordinary reuse (a shared
 * prompt or variables in every row) stays far below; an alias bomb (a billion laughs) goes far above.
 */
const MAX_EXPANDED_VALUES = 1_000_000;
/**
 * The `ExecEvalBenchmarkFile` format of the Python tool exbench succeeds, plus optional `options`
 * (sent to Ollama with every request). `model_provider` is the default provider for bare model names.
 */
const benchmarkFileSchema = (0,lazily/* lazily */.q)(() => schemas/* object */.Ikc({
    benchmark_name: schemas/* string */.YjP().min(1).describe('Name of the benchmark; the report file is named after it.'),
    purpose: schemas/* string */.YjP().default('').describe('What the benchmark checks, in words.'),
    base_prompt: schemas/* string */.YjP().min(1).describe('The prompt sent for every row, with {{placeholders}}.'),
    evaluator: schemas/* enum */.k5n(evaluator_names/* EVALUATOR_NAMES */.$).describe("How a model's answer is run and compared."),
    evaluator_options: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())
        .nullish()
        .describe("Parameters of a check used as the file's evaluator, e.g. {pattern: '^\\d+$', flags: i} for regex (exbench's own field)."),
    prompts: schemas/* array */.YOg(promptRowSchema()).min(1).describe('The rows: one prompt and one expectation each.'),
    models: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .nullish()
        .describe('Models used when none is named on the command line: `name` or `provider~name`.'),
    model_provider: schemas/* string */.YjP().min(1).nullish().describe('The provider of bare model names (ollama).'),
    options: (0,model_options/* modelOptionsSchema */.nG)()
        .nullish()
        .describe("Ollama options sent with every request (exbench's own field)."),
    repeat: schemas/* number */.aig()
        .int()
        .min(1)
        .max(sweep/* MAX_REPEAT */.rX)
        .nullish()
        .describe("How many times each row is asked of each model (exbench's own field; default 1)."),
    sweep: (0,sweep/* sweepSchema */.mG)()
        .nullish()
        .describe("Ollama options to try each of a list of values of, e.g. {temperature: [0, 0.5, 1]}; every model runs once per combination (exbench's own field)."),
    servers: (0,engine_servers/* serversMappingSchema */.yG)()
        .nullish()
        .describe("Addresses of the model servers for llamacpp~ and openai~ models (exbench's own field); --server overrides them."),
})
    .meta({
    title: 'exbench benchmark file',
    description: "A benchmark in the predecessor's ExecEvalBenchmarkFile format.",
}));
const knownKeys = (0,lazily/* lazily */.q)(() => new Set(Object.keys(benchmarkFileSchema().shape)));
const knownRowKeys = (0,lazily/* lazily */.q)(() => new Set(Object.keys(promptRowSchema().shape)));
/** The keys of the file's rows that exbench does not know, in the order they first come. */
function unknownRowKeysOf(yaml) {
    const found = new Map();
    const rows = yaml.plain['prompts'];
    if (!Array.isArray(rows))
        return [];
    rows.forEach((row, i) => {
        if (row === null || typeof row !== 'object')
            return;
        for (const key of Object.keys(row)) {
            if (knownRowKeys().has(key))
                continue;
            const seen = found.get(key);
            if (seen)
                seen.rows += 1;
            else
                found.set(key, { key, rows: 1, firstRow: i + 1, line: yaml.rowKeyLine(i, key) ?? yaml.rowLine(i) });
        }
    });
    return [...found.values()];
}
/**
 * parseBenchmarkFile with the regex engine loaded first when the file has `regex` checks (only
 * then: see regex-engine.ts). A text that names no regex is parsed without it; one that spells the
 * name in escapes is parsed again once the engine is loaded.
 */
async function readBenchmarkText(text, fileName) {
    if (text.includes('regex'))
        await (0,regex_engine/* loadRegexEngine */.cG)();
    try {
        return parseBenchmarkFile(text, fileName);
    }
    catch (error) {
        if (!(error instanceof regex_engine/* RegexEngineNotLoaded */.o6))
            throw error;
    }
    await (0,regex_engine/* loadRegexEngine */.cG)();
    return parseBenchmarkFile(text, fileName);
}
/**
 * Parses and validates benchmark YAML text. Every error names the file, the field and the YAML line.
 * A file with `regex` checks needs the regex engine loaded (readBenchmarkText does that).
 */
function parseBenchmarkFile(text, fileName) {
    // Rows parsed one at a time when the text allows (see yaml-sequence-pieces.ts). Whatever that
    // path cannot vouch for, errors included, is parsed whole, which also words every error.
    let pieces;
    try {
        pieces = yamlInPieces(text);
    }
    catch {
        // What the yaml package throws while building a piece's values (a bad `<<` merge), the whole
        // parse below words as the file's error.
        pieces = null;
    }
    if (pieces !== null) {
        try {
            return benchmarkFrom(fileName, pieces);
        }
        catch (error) {
            if (error instanceof regex_engine/* RegexEngineNotLoaded */.o6)
                throw error;
            // The whole parse below says what is wrong.
        }
    }
    return benchmarkFrom(fileName, wholeYaml(text, fileName));
}
function benchmarkFrom(fileName, yaml) {
    const { plain } = yaml;
    const parsed = benchmarkFileSchema().safeParse(plain, { reportInput: true });
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = issue?.path.filter((key) => typeof key !== 'symbol') ?? [];
        const hint = isMissing(issue) ? misspellingHintAt(yaml, path) : '';
        throw new errors/* ConfigurationError */.j1(`${fileName}${yaml.locate(path)}: ${describePath(path)}: ${describeIssue(issue, path)}${hint}`);
    }
    const data = parsed.data;
    const rowChecks = freeFormChecks(data, (path) => `${fileName}${yaml.locate(path)}: `, (path) => misspellingHintAt(yaml, path));
    const rows = data.prompts.map((row, i) => ({
        index: i + 1,
        line: yaml.rowLine(i),
        variables: Object.fromEntries(Object.entries(row.dynamic_variables).map(([name, value]) => [
            name,
            yaml.rowSource(i, ['dynamic_variables', name]) ?? String(value),
        ])),
        expectation: typeof row.expectation === 'object' || row.expectation === undefined
            ? (row.expectation ?? '')
            : (yaml.rowSource(i, ['expectation']) ?? String(row.expectation)),
        ...rowChecks[i],
    }));
    checkPlaceholders(fileName, data.base_prompt, rows, (path) => misspellingHintAt(yaml, path));
    checkExpectations(fileName, data.evaluator, rows);
    return {
        fileName,
        benchmarkName: data.benchmark_name,
        purpose: data.purpose,
        basePrompt: data.base_prompt,
        evaluator: data.evaluator,
        rows,
        ...fileRunFields(fileName, data),
        unknownKeys: Object.keys(plain).filter((key) => !knownKeys().has(key)),
        unknownRowKeys: unknownRowKeysOf(yaml),
    };
}
/** The text parsed as one document; a YAML error, a non-mapping or an alias bomb is thrown. */
function wholeYaml(text, fileName) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,yaml_document/* parseBenchmarkYaml */.YR)(text, lineCounter);
    const lineOf = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : null;
    const firstError = doc.errors[0];
    if (firstError) {
        // An error at the end of the text (an unclosed quote) sits past the last newline: name the last line.
        const lastLine = text.replace(/\n+$/, '').split('\n').length;
        const line = Math.min(lineCounter.linePos(firstError.pos[0]).line, lastLine);
        throw new errors/* ConfigurationError */.j1(`${fileName}:${line}: not valid YAML: ${firstError.message.split('\n')[0]}`);
    }
    if (!(0,dist/* isMap */.jh)(doc.contents)) {
        throw new errors/* ConfigurationError */.j1(`${fileName}: expected a mapping with benchmark_name, base_prompt, evaluator and prompts`);
    }
    const expanded = expandedSize(doc.contents);
    if (expanded > MAX_EXPANDED_VALUES) {
        throw new errors/* ConfigurationError */.j1(`${fileName}: its YAML aliases expand to ${expanded > 1e15 ? 'more than 10^15' : expanded.toLocaleString('en-US')} values, more than the ${MAX_EXPANDED_VALUES.toLocaleString('en-US')} allowed; is an alias nested in itself many times over (an alias bomb)?`);
    }
    // The expansion is bounded above, so the yaml package's own cap of 100 aliases is not needed.
    const plain = (0,yaml_document/* benchmarkYamlValue */.Wu)(doc, fileName, -1);
    return {
        plain,
        locate: (path) => locate(doc, [...path], lineOf),
        rowLine: (i) => lineOf(doc.getIn(['prompts', i], true)),
        rowKeyLine: (i, key) => keyLine(doc, doc.getIn(['prompts', i], true), key, lineOf),
        topKeyLine: (key) => keyLine(doc, doc.contents, key, lineOf),
        rowSource: (i, path) => sourceText(doc, ['prompts', i, ...path]),
    };
}
/** Thrown where the rows parsed one by one cannot answer: the text is then parsed whole. */
class ParseWhole extends Error {
}
/**
 * The text parsed as its `prompts` items one by one and the rest, when it can be cut (see
 * yaml-sequence-pieces.ts) and every part parses without error, alias or anchor; null otherwise.
 * Only what the rows need of each item is kept: its value, line and scalars' text as written.
 */
function yamlInPieces(text) {
    const cut = sequencePieces(text, 'prompts');
    if (cut === null)
        return null;
    const rest = (0,yaml_document/* parseBenchmarkYaml */.YR)(cut.rest);
    if (rest.errors.length > 0 || !(0,dist/* isMap */.jh)(rest.contents))
        return null;
    const promptsPair = rest.contents.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === 'prompts');
    if (!promptsPair ||
        !(0,dist/* isScalar */.jn)(promptsPair.key) ||
        promptsPair.key.range?.[0] !== cut.keyOffset ||
        !(0,dist/* isScalar */.jn)(promptsPair.value) ||
        promptsPair.value.value !== null) {
        return null;
    }
    // Without aliases every value counts once; the `prompts` null stands for the sequence node.
    let values = plainSize(rest.contents);
    if (values === null)
        return null;
    const plain = rest.toJS();
    const prompts = [];
    const rows = [];
    for (const item of cut.items) {
        const lineCounter = new dist/* LineCounter */.HN();
        const doc = (0,yaml_document/* parseBenchmarkYaml */.YR)(item.text, lineCounter);
        if (doc.errors.length > 0 || !(0,dist/* isSeq */.oP)(doc.contents) || doc.contents.items.length !== 1)
            return null;
        const size = plainSize(doc.contents);
        if (size === null)
            return null;
        // The piece's own sequence node is not one of the file's.
        values += size - 1;
        if (values > MAX_EXPANDED_VALUES)
            return null;
        const value = doc.toJS()[0];
        const node = doc.getIn([0], true);
        const sources = new Map([['expectation', sourceText(doc, [0, 'expectation'])]]);
        const variables = value?.dynamic_variables;
        if (typeof variables === 'object' && variables !== null) {
            for (const name of Object.keys(variables))
                sources.set(`dynamic_variables\0${name}`, sourceText(doc, [0, 'dynamic_variables', name]));
        }
        const fileLine = (inPiece) => inPiece?.range ? lineCounter.linePos(inPiece.range[0]).line + item.line - 1 : null;
        const unknownKeys = typeof value === 'object' && value !== null
            ? Object.keys(value).filter((key) => !knownRowKeys().has(key))
            : [];
        prompts.push(value);
        rows.push({
            line: fileLine(node),
            sources,
            ...(unknownKeys.length > 0 && {
                unknownKeyLines: new Map(unknownKeys.map((key) => [key, keyLine(doc, node, key, fileLine)])),
            }),
        });
    }
    plain.prompts = prompts;
    return {
        plain,
        locate: () => {
            throw new ParseWhole();
        },
        rowLine: (i) => rows[i]?.line ?? null,
        rowKeyLine: (i, key) => rows[i]?.unknownKeyLines?.get(key) ?? null,
        topKeyLine: () => {
            throw new ParseWhole();
        },
        rowSource: (i, path) => {
            const source = rows[i]?.sources.get(path.join('\0'));
            if (source === undefined)
                throw new ParseWhole();
            return source;
        },
    };
}
/** How many values a node holds, itself included; null when it holds an alias or an anchor. */
function plainSize(node) {
    return yamlSize(node, 'refuse');
}
/**
 * For a field missing at `path` (top-level or a row's), what misspellingHint adds when the same
 * mapping has an unknown key close to it; '' otherwise.
 */
function misspellingHintAt(yaml, path) {
    const field = path.at(-1);
    if (typeof field !== 'string')
        return '';
    if (path.length === 1) {
        const unknown = Object.keys(yaml.plain).filter((key) => !knownKeys().has(key));
        return misspellingHint(field, unknown.map((key) => ({ key, line: yaml.topKeyLine(key) })));
    }
    const [prompts, i] = path;
    if (path.length !== 3 || prompts !== 'prompts' || typeof i !== 'number')
        return '';
    const row = yaml.plain.prompts?.[i];
    if (typeof row !== 'object' || row === null)
        return '';
    const unknown = Object.keys(row).filter((key) => !knownRowKeys().has(key));
    return misspellingHint(field, unknown.map((key) => ({ key, line: yaml.rowKeyLine(i, key) })));
}
/** Whether zod found nothing where the issue is: a required field left out. */
function isMissing(issue) {
    return (issue !== undefined &&
        (issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value') &&
        issue.input === undefined);
}
/** Every placeholder needs a value in every row, and every row variable must be used. */
function checkPlaceholders(fileName, basePrompt, rows, hintAt) {
    const placeholders = new Set((0,config_placeholders/* findPlaceholders */.G)(basePrompt));
    for (const row of rows) {
        const where = `${fileName}${row.line === null ? '' : `:${row.line}`}: prompts[${row.index - 1}] (row ${row.index})`;
        const missing = [...placeholders].filter((name) => !(name in row.variables));
        if (missing.length > 0) {
            throw new errors/* ConfigurationError */.j1(`${where}: dynamic_variables has no value for ${missing.map((n) => `{{${n}}}`).join(', ')} used in base_prompt${Object.keys(row.variables).length === 0
                ? hintAt(['prompts', row.index - 1, 'dynamic_variables'])
                : ''}`);
        }
        const unused = Object.keys(row.variables).filter((name) => !placeholders.has(name));
        if (unused.length > 0) {
            throw new errors/* ConfigurationError */.j1(`${where}: dynamic_variables.${unused[0]} is not used in base_prompt (placeholders: ${[...placeholders].map((n) => `{{${n}}}`).join(', ') || 'none'})`);
        }
    }
}
/**
 * Every expectation must be one the evaluator can compare with, checked before any model runs: a
 * number for the numeric evaluators, a scalar (text) for the string ones.
 */
function checkExpectations(fileName, evaluator, rows) {
    const comparison = evaluator_names/* EVALUATOR_COMPARISON */.M[evaluator];
    for (const row of rows) {
        const where = `${fileName}${row.line === null ? '' : `:${row.line}`}: prompts[${row.index - 1}].expectation (row ${row.index})`;
        const { expectation } = row;
        if (comparison === 'checks')
            continue;
        if (comparison === 'number' &&
            (typeof expectation !== 'string' || (0,python_number/* parsePythonNumber */.D)(expectation) === null)) {
            throw new errors/* ConfigurationError */.j1(`${where}: ${evaluator} compares numbers, so expected a number such as 42 or 3.14, got ${typeName(expectation)}`);
        }
        if (comparison === 'string' && typeof expectation !== 'string') {
            throw new errors/* ConfigurationError */.j1(`${where}: ${evaluator} compares text, so expected a string or a number, got ${typeName(expectation)} (a mapping or list needs json_validator_eval)`);
        }
    }
}
/**
 * How many values the document holds once every alias is replaced by what it names. One walk in
 * document order: an alias names the latest anchor before it, whose size is known by then, so this
 * takes time linear in the document even when the answer is astronomically large.
 */
function expandedSize(root) {
    return yamlSize(root, 'expand') ?? 0;
}
/**
 * How many values `root` holds, itself included: each scalar and collection once, a pair's key
 * and value each. An alias counts as the node it names (`expand`), or ends the walk with null, as
 * an anchor does (`refuse`).
 */
function yamlSize(root, aliases) {
    const sizes = new Map();
    const anchors = new Map();
    const walk = (node) => {
        if ((0,dist/* isAlias */.Vj)(node))
            return aliases === 'refuse' ? null : (sizes.get(anchors.get(node.source)) ?? 1);
        if (!(0,dist/* isScalar */.jn)(node) && !(0,dist/* isCollection */.P3)(node))
            return 0;
        if (node.anchor) {
            if (aliases === 'refuse')
                return null;
            anchors.set(node.anchor, node);
        }
        let size = 1;
        for (const item of (0,dist/* isCollection */.P3)(node) ? node.items : []) {
            for (const part of (0,dist/* isPair */.tO)(item) ? [item.key, item.value] : [item]) {
                const inner = walk(part);
                if (inner === null)
                    return null;
                size += inner;
            }
        }
        if (aliases === 'expand')
            sizes.set(node, size);
        return size;
    };
    return walk(root);
}
/** The text of a plain YAML scalar as written, so `10.0` is not turned into `10`. */
function sourceText(doc, path) {
    const node = doc.getIn(path, true);
    if (!(0,dist/* isScalar */.jn)(node))
        return null;
    if (typeof node.value === 'string')
        return node.value;
    return typeof node.source === 'string' ? node.source : null;
}
/**
 * The line of `key` in `map`: where the mapping writes it or, when a `<<` merge brings it in, where
 * the merged mapping that wins (see yaml-document.ts) writes it; null when the key is not there.
 */
function keyLine(doc, map, key, lineOf) {
    const source = (0,dist/* isAlias */.Vj)(map) ? map.resolve(doc) : map;
    if ((0,dist/* isSeq */.oP)(source)) {
        for (const item of source.items) {
            const line = keyLine(doc, item, key, lineOf);
            if (line !== null)
                return line;
        }
        return null;
    }
    if (!(0,dist/* isMap */.jh)(source))
        return null;
    const own = source.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === key);
    if (own)
        return lineOf(own.key);
    for (const pair of source.items) {
        if (!(0,yaml_document/* isMergeKey */.yJ)(pair.key))
            continue;
        const line = keyLine(doc, pair.value, key, lineOf);
        if (line !== null)
            return line;
    }
    return null;
}
function locate(doc, path, lineOf) {
    // Walk up until a node exists (a missing field points at its parent).
    for (let depth = path.length; depth >= 0; depth -= 1) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
        if (node && ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) || (0,dist/* isScalar */.jn)(node))) {
            const line = lineOf(node);
            if (line !== null)
                return `:${line}`;
        }
    }
    return '';
}
function describePath(path) {
    if (path.length === 0)
        return 'file';
    return path.reduce((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key), '');
}
/** What a field should hold, in the words of someone writing the file. */
const FIELD_WORDS = {
    dynamic_variables: 'a mapping of variable names to values',
    prompts: 'a list of rows, each with dynamic_variables and expectation',
    models: 'a list of model names',
    options: 'a mapping of Ollama options',
    sweep: 'a mapping of Ollama options to lists of values, e.g. {temperature: [0, 0.5, 1]}',
    repeat: 'a whole number of repeats from 1 to 1000',
    servers: 'a mapping of llamacpp and openai to server addresses',
};
const TYPE_WORDS = {
    string: 'a string',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    record: 'a mapping',
    object: 'a mapping',
    array: 'a list',
};
function describeIssue(issue, path) {
    if (!issue)
        return 'not valid';
    const field = path.at(-1);
    const fieldWords = typeof field === 'string' ? FIELD_WORDS[field] : undefined;
    const got = 'input' in issue ? `, got ${typeName(issue.input)}` : '';
    if (issue.code === 'invalid_value' && 'values' in issue) {
        const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
        return issue.input === undefined
            ? `missing (expected one of ${values})`
            : `expected one of ${values}${got}`;
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
        return `missing (expected ${fieldWords ?? typeWords([issue.expected])})`;
    }
    if (issue.code === 'invalid_type')
        return `expected ${fieldWords ?? typeWords([issue.expected])}${got}`;
    if (issue.code === 'invalid_union') {
        if (issue.input === undefined)
            return `missing (expected ${fieldWords ?? typeWords(unionTypes(issue))})`;
        return `expected ${fieldWords ?? typeWords(unionTypes(issue))}${got}`;
    }
    // A custom rule's message completes `<value> \u2026` (see setting-fields.ts).
    if (issue.code === 'custom' && issue.message.startsWith('is not')) {
        return `${JSON.stringify(issue.input)} ${issue.message}`;
    }
    if (issue.code === 'too_small' && issue.origin === 'array')
        return 'expected at least one entry';
    if (issue.code === 'too_small' && issue.origin === 'string')
        return 'expected a non-empty string';
    if (issue.code === 'too_small')
        return `expected at least ${String(issue.minimum)}${got}`;
    return issue.message;
}
/** The types a union accepts, from its branches' type errors. */
function unionTypes(issue) {
    return issue.errors.flatMap((branch) => branch.flatMap((inner) => (inner.code === 'invalid_type' ? [inner.expected] : [])));
}
/** `['string', 'number', 'boolean']` as "a string, a number or true or false". */
function typeWords(types) {
    const words = [...new Set(types.map((type) => TYPE_WORDS[type] ?? type))];
    if (words.length <= 1)
        return words[0] ?? 'something else';
    return `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value} ${JSON.stringify(value)}`;
}
/** What a benchmark that sets none of the run fields runs with (CSV files and prompt lists alone). */
function noFileRunFields() {
    return { models: [], modelProvider: null, options: {}, repeat: null, sweep: {}, servers: {} };
}
/** The run fields a YAML file wrote, each absent one at its default; `servers` checked. */
function fileRunFields(fileName, data) {
    return {
        models: data.models ?? [],
        modelProvider: data.model_provider ?? null,
        options: data.options ?? {},
        repeat: data.repeat ?? null,
        sweep: data.sweep ?? {},
        servers: (0,engine_servers/* fileServerAddresses */.Gk)(fileName, data.servers),
    };
}


/***/ }),

/***/ 70477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qz: () => (/* binding */ parseComparisonSettings),
/* harmony export */   ao: () => (/* binding */ comparisonThresholds),
/* harmony export */   kf: () => (/* binding */ COMPARISON_SETTING_NAMES)
/* harmony export */ });
/* unused harmony export comparisonSettingsSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75512);
/* harmony import */ var _parse_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90261);
/* harmony import */ var _setting_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4040);




const checkBaseline = (text) => {
    const lines = (0,_setting_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .splitLines */ .uz)(text);
    if (lines.length === 0)
        return { value: { kind: 'none' } };
    if (lines.some((line) => line.toLowerCase() === _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .BASELINE_AUTO */ .AJ)) {
        if (lines.length > 1)
            return `names "${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .BASELINE_AUTO */ .AJ}" and report files; "${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .BASELINE_AUTO */ .AJ}" cannot be combined with them`;
        return { value: { kind: 'auto' } };
    }
    return { value: { kind: 'files', patterns: lines } };
};
/**
 * How one report is judged against another (`exbench compare`, `ollama-bench --baseline`, the
 * action's `baseline`). `gating` is the default of `failOnRegression`: true where a regression
 * should block (pull request events, the CLI).
 */
function comparisonSettingsSchema(context) {
    return zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        alpha: (0,_setting_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .fraction */ .zO)({ aboveZero: true, example: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COMPARISON_THRESHOLDS */ .rK.alpha }).default(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COMPARISON_THRESHOLDS */ .rK.alpha),
        minAccuracyDrop: (0,_setting_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .fraction */ .zO)({
            aboveZero: false,
            example: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COMPARISON_THRESHOLDS */ .rK.minAccuracyDrop,
        }).default(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COMPARISON_THRESHOLDS */ .rK.minAccuracyDrop),
        maxSlowdown: (0,_setting_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .nonNegativeNumber */ .Wf)('a fraction of 0 or more (e.g. 0.10 for 10 %)').default(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COMPARISON_THRESHOLDS */ .rK.maxSlowdown),
        seed: (0,_setting_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .anyWholeNumber */ .rb)(42).default(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COMPARISON_THRESHOLDS */ .rK.seed),
        baseline: (0,_setting_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .textSetting */ .QE)(checkBaseline).default({ kind: 'none' }),
        failOnRegression: (0,_setting_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanSetting */ .vF)('expected true, false or empty (true on pull requests)').default(context.gating),
    });
}
/**
 * Each field's flag and input. The CLI's `--baseline` names one report file and is read by the CLI
 * itself; `--seed` is the bootstrap's only under `exbench compare` (under ollama-bench it is Ollama's).
 */
const COMPARISON_SETTING_NAMES = {
    alpha: { flag: { name: 'alpha', type: 'string' }, input: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.alpha },
    minAccuracyDrop: { flag: { name: 'min-accuracy-drop', type: 'string' }, input: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.minAccuracyDrop },
    maxSlowdown: { flag: { name: 'max-slowdown', type: 'string' }, input: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.maxSlowdown },
    seed: { flag: { name: 'seed', type: 'string' }, input: null },
    baseline: { flag: null, input: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.baseline },
    failOnRegression: { flag: null, input: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.failOnRegression },
};
/** What the comparison itself uses, without where the baseline comes from or what a regression does. */
function comparisonThresholds({ alpha, minAccuracyDrop, maxSlowdown, seed, }) {
    return { alpha, minAccuracyDrop, maxSlowdown, seed };
}
/** Checks what a shell gathered; throws a ConfigurationError naming the flag or input. */
function parseComparisonSettings(raw, label, context) {
    return (0,_parse_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSettings */ .P$)(comparisonSettingsSchema(context), raw, label);
}


/***/ }),

/***/ 66977:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ fileServerAddresses),
/* harmony export */   pg: () => (/* binding */ parseServerSpecs),
/* harmony export */   vZ: () => (/* binding */ apiKeyFromEnv),
/* harmony export */   yG: () => (/* binding */ serversMappingSchema)
/* harmony export */ });
/* unused harmony exports SERVER_PROVIDERS, parseServerSpec */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51398);
/* harmony import */ var _lazily_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34892);



/** The providers whose server the user gives by address; Ollama's is --host / OLLAMA_HOST. */
const SERVER_PROVIDERS = ['llamacpp', 'openai'];
const EXAMPLES = {
    llamacpp: 'http://127.0.0.1:8080',
    openai: 'http://127.0.0.1:8000/v1',
};
/** Why `url` is no server address, or null when it is one (http or https, no credentials in it). */
function urlProblem(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return 'is not a URL';
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        return 'must use http or https';
    // URL takes ":0" as port 0, which a server listens on to be given a free port: it names none.
    if (parsed.port === '0')
        return 'has port "0", not a number from 1 to 65535';
    // A key written into the address would end up in logs and the report.
    if (parsed.username !== '' || parsed.password !== '')
        return 'must not carry credentials; name the variable holding the key with --api-key-env';
    return null;
}
function isProvider(text) {
    return SERVER_PROVIDERS.includes(text);
}
/** One `provider=URL`, e.g. `llamacpp=http://127.0.0.1:8080`; `label` names the flag or input. */
function parseServerSpec(text, label) {
    const eq = text.indexOf('=');
    const provider = (eq < 0 ? '' : text.slice(0, eq)).trim().toLowerCase();
    const url = (eq < 0 ? text : text.slice(eq + 1)).trim().replace(/\/+$/, '');
    const expected = `expected provider=URL, e.g. llamacpp=${EXAMPLES.llamacpp} or openai=${EXAMPLES.openai}`;
    if (eq < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} "${text}": ${expected}`);
    if (!isProvider(provider)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} "${text}": unknown provider "${provider}"; expected ${SERVER_PROVIDERS.join(' or ')} (Ollama's address is --host)`);
    }
    const problem = urlProblem(url);
    if (problem !== null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} "${text}": the address ${problem}; ${expected}`);
    return { provider, url };
}
/** Several `provider=URL`, one per provider. */
function parseServerSpecs(texts, label) {
    const addresses = {};
    for (const text of texts) {
        if (text.trim() === '')
            continue;
        const { provider, url } = parseServerSpec(text, label);
        if (addresses[provider] !== undefined && addresses[provider] !== url)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label}: the ${provider} server is given twice (${addresses[provider]} and ${url})`);
        addresses[provider] = url;
    }
    return addresses;
}
/** The benchmark file's `servers:` mapping: `{llamacpp: URL, openai: URL}`. */
const serversMappingSchema = (0,_lazily_js__WEBPACK_IMPORTED_MODULE_1__/* .lazily */ .q)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    llamacpp: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe(`llama-server's root address, e.g. ${EXAMPLES.llamacpp}`),
    openai: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe(`An OpenAI-compatible API's base, e.g. ${EXAMPLES.openai}`),
})
    .strict());
/** Checks the file's mapping's addresses, naming the file and field. */
function fileServerAddresses(fileName, mapping) {
    const addresses = {};
    for (const provider of SERVER_PROVIDERS) {
        const url = mapping?.[provider]?.trim().replace(/\/+$/, '');
        if (url === undefined)
            continue;
        const problem = urlProblem(url);
        if (problem !== null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${fileName}: servers.${provider}: "${url}" ${problem}; expected e.g. ${EXAMPLES[provider]}`);
        addresses[provider] = url;
    }
    return addresses;
}
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * The API key from the environment variable the user named; null when none was named. The key
 * itself is never a flag's or input's value, so it is in no command line, shell history or log.
 */
function apiKeyFromEnv(name, env, label) {
    if (name === null || name.trim() === '')
        return null;
    const trimmed = name.trim();
    if (!ENV_NAME.test(trimmed))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} "${name}": expected the name of an environment variable, e.g. VLLM_API_KEY`);
    const value = env[trimmed];
    if (value === undefined || value === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} ${trimmed}: the environment variable is not set or empty`);
    return value;
}


/***/ }),

/***/ 86850:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kk: () => (/* binding */ modelOptionsSetting),
/* harmony export */   TN: () => (/* binding */ optionValue),
/* harmony export */   nG: () => (/* binding */ modelOptionsSchema)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88532);
/* harmony import */ var _lazily_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34892);



/**
 * Ollama's per-request `options`. The common sampling fields are typed; any other option Ollama
 * accepts (`top_p`, `repeat_penalty`, `num_thread`, \u2026) passes through unchanged. The one rule set
 * for the benchmark file's `options:`, the action's `options` input and the CLI's `--option`.
 */
const modelOptionsSchema = (0,_lazily_js__WEBPACK_IMPORTED_MODULE_1__/* .lazily */ .q)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    temperature: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).optional(),
    seed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().optional(),
    num_ctx: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
    num_predict: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().optional(),
    top_p: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional(),
    top_k: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().optional(),
}));
const MAPPING_EXAMPLE = '{temperature: 0, num_ctx: 4096}';
/** Options as YAML or JSON text (the action's input), or as a mapping already (the CLI's flags). */
const modelOptionsSetting = (0,_lazily_js__WEBPACK_IMPORTED_MODULE_1__/* .lazily */ .q)(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()
    .transform((value, ctx) => {
    if (typeof value !== 'string')
        return value;
    if (value.trim() === '')
        return {};
    let parsed;
    try {
        parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(value);
    }
    catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
        ctx.addIssue({ code: 'custom', input: value, message: `is not valid YAML or JSON (${reason})` });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    if (parsed === null || parsed === undefined)
        return {};
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
        ctx.addIssue({
            code: 'custom',
            input: value,
            message: `is not a mapping such as ${MAPPING_EXAMPLE}`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    return parsed;
})
    .pipe(modelOptionsSchema()));
/** A `--option key=value` value: JSON when it parses (`0.9`, `true`, `[1]`), else the text itself. */
function optionValue(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 90261:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ labelByNames),
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   dV: () => (/* binding */ flagLabel)
/* harmony export */ });
/* unused harmony export inputLabel */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51398);

function flagLabel(flag) {
    return `--${flag}`;
}
function inputLabel(input) {
    return `Input "${input}"`;
}
/** Labels by a names table: `--timeout` for the CLI, `Input "timeout"` for the action. */
function labelByNames(names, side) {
    return (path) => {
        const field = String(path[0] ?? '');
        const setting = names[field];
        if (side === 'flag')
            return setting?.flag ? flagLabel(setting.flag.name) : field;
        return inputLabel(setting?.input ?? field);
    };
}
/**
 * Checks raw settings (text from flags or inputs, or values already typed) with `schema`, once.
 * The first problem becomes a ConfigurationError that names the setting by `label` and echoes the
 * value given: `--timeout: "abc" is not a positive number of seconds (e.g. 10 or 2.5).`
 */
function parseSettings(schema, raw, label) {
    const parsed = schema.safeParse(raw, { reportInput: true });
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    if (issue === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label([])}: invalid`);
    const [field, ...rest] = issue.path;
    const name = label(issue.path);
    if (issue.code === 'custom') {
        // Our own checks: the message completes `<name>: "<value>"`.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name}: ${JSON.stringify(issue.input)} ${issue.message}.`);
    }
    // A structural problem inside a value (an option of the wrong type): name the part, echo the whole.
    const given = field === undefined ? raw : raw[String(field)];
    const echoed = typeof given === 'string' ? given : issue.input;
    const part = rest.map(String).join('.');
    // `--temperature` already names the option `temperature`: say it once.
    const named = part === '' || name.replace(/^--/, '').replace(/-/g, '_') === part;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name}: ${named ? '' : `${part}: `}${issueWords(issue)} (got ${JSON.stringify(echoed)}).`);
}
const TYPE_WORDS = {
    number: 'a number',
    int: 'a whole number',
    string: 'text',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
};
/** A zod issue in a user's words: "expected a number", not "Invalid input: expected number, received string". */
function issueWords(issue) {
    if (issue.code === 'invalid_type')
        return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    if (issue.code === 'too_small' && issue.origin === 'number')
        return `expected ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
    if (issue.code === 'too_big' && issue.origin === 'number')
        return `expected ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    return issue.message;
}


/***/ }),

/***/ 51148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ findPlaceholders),
/* harmony export */   K: () => (/* binding */ PLACEHOLDER)
/* harmony export */ });
/** `{{name}}` placeholders; names may hold anything but braces and white space (`target-number`). */
const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;
/** The distinct placeholder names in a template, in order of first use. */
function findPlaceholders(template) {
    return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}


/***/ }),

/***/ 8092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parsePythonNumber)
/* harmony export */ });
/** Numbers as Python reads and prints them: the vocabulary of numeric expectations. */
const INTEGER = /^[+-]?\d(_?\d)*$/;
const DECIMAL = /^[+-]?(\d(_?\d)*(\.(\d(_?\d)*)?)?|\.\d(_?\d)*)([eE][+-]?\d(_?\d)*)?$/;
/**
 * Parses a number the way Python's `int()` and `float()` read printed output: surrounding white
 * space, `_` between digits, `inf`/`nan`. Anything else (empty, two numbers, prose) is null.
 */
function parsePythonNumber(text) {
    const trimmed = text.trim();
    if (INTEGER.test(trimmed))
        return { integer: BigInt(trimmed.replaceAll('_', '')) };
    if (/^[+-]?(inf|infinity)$/i.test(trimmed))
        return { float: trimmed.startsWith('-') ? -Infinity : Infinity };
    if (/^[+-]?nan$/i.test(trimmed))
        return { float: Number.NaN };
    if (!DECIMAL.test(trimmed))
        return null;
    return { float: Number(trimmed.replaceAll('_', '')) };
}


/***/ }),

/***/ 25997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lg: () => (/* binding */ SANDBOX_CHOICES),
/* harmony export */   S2: () => (/* binding */ DEFAULT_MEMORY_BYTES),
/* harmony export */   lt: () => (/* binding */ MIN_MEMORY_BYTES),
/* harmony export */   nS: () => (/* binding */ parseByteSize)
/* harmony export */ });
/**
 * The sandbox's settings as the user gives them (`--sandbox`, `--memory` and the action's inputs);
 * the sandbox adapter carries them out.
 */
/** `auto`: the namespace tier when it works here, else the process tier with a warning. */
const SANDBOX_CHOICES = ['auto', 'namespace', 'process'];
/** Address space per snippet process when none is given: 1 GiB. */
const DEFAULT_MEMORY_BYTES = 1024 ** 3;
/** Below this even a bare Python interpreter cannot start. */
const MIN_MEMORY_BYTES = 64 * 1024 ** 2;
/** `1G`, `512M`, `2GiB`, `1.5g` or a number of bytes, in powers of 1024; null when not a size. */
function parseByteSize(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(text);
    if (!match)
        return null;
    const power = ['', 'k', 'm', 'g', 't'].indexOf((match[2] ?? '').toLowerCase());
    const bytes = Math.round(Number(match[1]) * 1024 ** power);
    return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : null;
}


/***/ }),

/***/ 4040:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ secondsAsMs),
/* harmony export */   QE: () => (/* binding */ textSetting),
/* harmony export */   Wf: () => (/* binding */ nonNegativeNumber),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   rb: () => (/* binding */ anyWholeNumber),
/* harmony export */   uz: () => (/* binding */ splitLines),
/* harmony export */   vF: () => (/* binding */ booleanSetting),
/* harmony export */   zO: () => (/* binding */ fraction),
/* harmony export */   zs: () => (/* binding */ listSetting)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88532);

/** A setting given as text, trimmed, then checked. */
function textSetting(check) {
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((text, ctx) => {
        const result = check(text.trim());
        if (typeof result === 'string') {
            ctx.addIssue({ code: 'custom', message: result, input: text });
            return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
        }
        return result.value;
    });
}
/** A number written in decimal, or undefined for anything else (`''`, `10s`, `Infinity`). */
function finiteNumber(text) {
    if (text === '')
        return undefined;
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
}
/** A whole number from `min` to `max`. `unit` and `example` complete the message. */
function wholeNumber({ min, max, unit = '', example, }) {
    return textSetting((text) => {
        const value = finiteNumber(text);
        if (value === undefined || !Number.isSafeInteger(value) || value < min || value > max) {
            return `is not a whole number${unit} from ${min} to ${max} (e.g. ${example})`;
        }
        return { value };
    });
}
/** Any whole number, negative included (a seed). */
function anyWholeNumber(example) {
    return textSetting((text) => {
        const value = finiteNumber(text);
        if (value === undefined || !Number.isSafeInteger(value))
            return `is not a whole number (e.g. ${example})`;
        return { value };
    });
}
/** A number in [0, 1], or (0, 1] with `aboveZero`. */
function fraction({ aboveZero, example }) {
    return textSetting((text) => {
        const value = finiteNumber(text);
        if (value === undefined || value > 1 || value < 0 || (aboveZero && value === 0)) {
            return `is not a number ${aboveZero ? 'above 0 and at most 1' : 'from 0 to 1'} (e.g. ${example})`;
        }
        return { value };
    });
}
/** A number of 0 or more; `hint` says what it means. */
function nonNegativeNumber(hint) {
    return textSetting((text) => {
        const value = finiteNumber(text);
        if (value === undefined || value < 0)
            return `is not ${hint}`;
        return { value };
    });
}
/** Seconds as given (fractions allowed), to whole milliseconds, at most `maxMs`. */
function secondsAsMs(maxMs) {
    return textSetting((text) => {
        const seconds = finiteNumber(text);
        if (seconds === undefined || seconds <= 0)
            return 'is not a positive number of seconds (e.g. 10 or 2.5)';
        const ms = Math.max(1, Math.round(seconds * 1000));
        if (ms > maxMs) {
            return `is more than the longest time limit, ${Math.floor(maxMs / 1000)} seconds (${approximateDuration(maxMs)})`;
        }
        return { value: ms };
    });
}
function approximateDuration(ms) {
    const days = Math.floor(ms / 86_400_000);
    return days >= 1 ? `about ${days} days` : `about ${Math.floor(ms / 60_000)} minutes`;
}
/** The YAML 1.2 core schema booleans that core.getBooleanInput accepts, or a CLI flag's boolean. */
function booleanSetting(hint = 'expected true or false') {
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .preprocess */ .vkY((value) => (typeof value === 'boolean' ? String(value) : value), textSetting((text) => {
        if (['true', 'True', 'TRUE'].includes(text))
            return { value: true };
        if (['false', 'False', 'FALSE'].includes(text))
            return { value: false };
        return `is not a boolean; ${hint}`;
    }));
}
/** One of `choices`, whatever its case. */
function choice(choices) {
    const listed = `${choices.slice(0, -1).join(', ')} or ${choices.at(-1) ?? ''}`;
    return textSetting((text) => {
        const lowered = text.toLowerCase();
        const found = choices.find((c) => c === lowered);
        return found === undefined ? `is not one of ${listed}` : { value: found };
    });
}
/** Newline- or comma-separated text, or a list; blanks dropped from text, each item kept once in order. */
function listSetting(item) {
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .preprocess */ .vkY((value) => typeof value === 'string'
        ? value
            .split(/[\n,]/)
            .map((entry) => entry.trim())
            .filter((entry) => entry !== '')
        : value, zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(item))
        .transform((items) => [...new Set(items)]);
}
/** One line per entry, trimmed, blank lines dropped. */
function splitLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
}


/***/ }),

/***/ 76868:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ sweepSetting),
/* harmony export */   mG: () => (/* binding */ sweepSchema),
/* harmony export */   rX: () => (/* binding */ MAX_REPEAT),
/* harmony export */   vT: () => (/* binding */ mergeSweep)
/* harmony export */ });
/* unused harmony export MAX_SWEEP_VALUES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88532);
/* harmony import */ var _lazily_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34892);
/* harmony import */ var _model_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86850);




/** The most repeats of each row a run may ask for. */
const MAX_REPEAT = 1000;
/** The most values one swept option may take; a sweep is the product of them all. */
const MAX_SWEEP_VALUES = 100;
/**
 * Ollama options that take a list of values to try (`{temperature: [0, 0.5, 1]}`): each value must
 * be one the option itself accepts. The one rule for the file's `sweep:`, the `sweep` input and the
 * CLI's listed option values.
 */
const sweepSchema = (0,_lazily_js__WEBPACK_IMPORTED_MODULE_2__/* .lazily */ .q)(() => zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()]))
    .min(1)
    .max(MAX_SWEEP_VALUES))
    .superRefine((sweep, ctx) => {
    for (const [key, values] of Object.entries(sweep)) {
        values.forEach((value, i) => {
            const checked = (0,_model_options_js__WEBPACK_IMPORTED_MODULE_1__/* .modelOptionsSchema */ .nG)().safeParse({ [key]: value });
            if (!checked.success) {
                ctx.addIssue({
                    code: 'custom',
                    path: [key, i],
                    input: value,
                    message: `is not a value ${key} takes (${checked.error.issues[0]?.message ?? 'invalid'})`,
                });
            }
        });
    }
})
    .transform((sweep) => Object.fromEntries(Object.entries(sweep).map(([key, values]) => [key, [...new Set(values)]]))));
/** A sweep as YAML or JSON text (the action's input), or as a mapping already (the file, the CLI). */
const sweepSetting = (0,_lazily_js__WEBPACK_IMPORTED_MODULE_2__/* .lazily */ .q)(() => zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()
    .transform((value, ctx) => {
    if (typeof value !== 'string')
        return value;
    if (value.trim() === '')
        return {};
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(value) ?? {};
    }
    catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
        ctx.addIssue({ code: 'custom', input: value, message: `is not valid YAML or JSON (${reason})` });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
})
    .pipe(sweepSchema()));
/**
 * The sweep a run covers: the file's, under the caller's; an option the caller fixed (`options`) is
 * not swept, whatever the file says.
 */
function mergeSweep(fileSweep, callerSweep, callerOptions) {
    const merged = {};
    for (const [key, values] of Object.entries({ ...fileSweep, ...callerSweep })) {
        if (key in callerSweep || !(key in callerOptions))
            merged[key] = values;
    }
    return merged;
}


/***/ }),

/***/ 23403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wu: () => (/* binding */ benchmarkYamlValue),
/* harmony export */   YR: () => (/* binding */ parseBenchmarkYaml),
/* harmony export */   yJ: () => (/* binding */ isMergeKey)
/* harmony export */ });
/* unused harmony export YAML_OPTIONS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51398);


/**
 * How every benchmark file is parsed: YAML 1.2 with duplicate keys refused, and `<<` merge keys
 * merged as PyYAML (which the predecessor read its files with) merges them; parse with
 * parseBenchmarkYaml, which also puts several `<<` keys of one mapping in PyYAML's order.
 */
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, merge: true };
/** A benchmark file's text as a YAML document, its `<<` merge keys taking effect as in PyYAML. */
function parseBenchmarkYaml(text, lineCounter) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, lineCounter ? { ...YAML_OPTIONS, lineCounter } : YAML_OPTIONS);
    if (doc.errors.length === 0 && text.includes('<<'))
        mergeKeysInPyYamlOrder(doc);
    return doc;
}
/**
 * The document's plain value. What the yaml package finds only while building it (a `<<` merge of
 * something not a mapping, more aliases than `maxAliasCount`) is the file's error, naming the file.
 */
function benchmarkYamlValue(doc, fileName, maxAliasCount) {
    try {
        return doc.toJS(maxAliasCount === undefined ? {} : { maxAliasCount });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const mergeWords = message.startsWith('Merge sources')
            ? ' (a "<<" merge key takes a mapping, an alias of one, or a list of them)'
            : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${fileName}: not valid YAML: ${message}${mergeWords}`);
    }
}
/**
 * A mapping may hold several `<<` keys (the yaml package lets them repeat, as PyYAML does). PyYAML
 * merges them in order, each later one overriding the earlier ones (flatten_mapping in its
 * constructor.py); the yaml package lets the first win. Reversing the order of their values gives
 * PyYAML's result: keys written in the mapping itself win either way, and within one `<<: [a, b]`
 * list both let the earlier mapping win.
 */
function mergeKeysInPyYamlOrder(doc) {
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Map(_, map) {
            const merges = map.items.filter((pair) => isMergeKey(pair.key));
            if (merges.length < 2)
                return;
            const values = merges.map((pair) => pair.value).reverse();
            merges.forEach((pair, i) => {
                pair.value = values[i] ?? null;
            });
        },
    });
}
/** A plain `<<` key, which the yaml package's merge option reads as a merge (`"<<"` is a string). */
function isMergeKey(key) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && typeof key.value === 'symbol' && key.value.description === '<<';
}


/***/ }),

/***/ 83918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ decodeSource),
/* harmony export */   KY: () => (/* binding */ decodeTokensPerSecond),
/* harmony export */   Rw: () => (/* binding */ figureSources),
/* harmony export */   VD: () => (/* binding */ modelFigures),
/* harmony export */   sC: () => (/* binding */ prefillSource),
/* harmony export */   sl: () => (/* binding */ prefillTokensPerSecond)
/* harmony export */ });
/* harmony import */ var _statistics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51322);

const NS_PER_MS = 1e6;
const NS_PER_S = 1e9;
const MS_PER_S = 1e3;
/**
 * Decode speed, one definition for every engine. Server-timed (Ollama's eval_duration, llama-server's
 * predicted_ms): generated tokens over the time the server spent generating them. Client-timed (a
 * server that times nothing), as vLLM's and llmperf's benchmarks do: the tokens after the first over
 * the time from the first streamed token to the last, `(n \u2212 1) / (t_last \u2212 t_first)`.
 */
function decodeTokensPerSecond(generation) {
    if (decodeSource(generation) === 'client') {
        const first = generation.timeToFirstTokenMs;
        const last = generation.timeToLastTokenMs ?? null;
        if (first === null || last === null || generation.evalCount < 2 || last <= first)
            return null;
        return (generation.evalCount - 1) / ((last - first) / MS_PER_S);
    }
    if (generation.evalCount <= 0 || generation.evalDurationNs <= 0)
        return null;
    return generation.evalCount / (generation.evalDurationNs / NS_PER_S);
}
/**
 * Prompt processing speed; null when the server reused a cached prompt and timed nothing.
 * Client-timed: prompt tokens over the time to the first token (which includes the network).
 */
function prefillTokensPerSecond(generation) {
    if (prefillSource(generation) === 'client') {
        const first = generation.timeToFirstTokenMs;
        if (first === null || first <= 0 || generation.promptEvalCount <= 0)
            return null;
        return generation.promptEvalCount / (first / MS_PER_S);
    }
    if (generation.promptEvalCount <= 0 || generation.promptEvalDurationNs <= 0)
        return null;
    return generation.promptEvalCount / (generation.promptEvalDurationNs / NS_PER_S);
}
function decodeSource(generation) {
    return generation.decodeTimedBy ?? 'server';
}
function prefillSource(generation) {
    return generation.prefillTimedBy ?? 'server';
}
function figureSources(model) {
    const answered = model.rows.map((row) => row.generation).filter((g) => g !== null);
    const one = (of) => {
        const seen = new Set(answered.map(of));
        if (seen.size > 1)
            return 'mixed';
        return [...seen][0] ?? null;
    };
    return {
        decodeTokensPerSecond: one(decodeSource),
        prefillTokensPerSecond: one(prefillSource),
        timeToFirstTokenMs: 'client',
    };
}
function modelFigures(model) {
    const rows = model.rows;
    const answered = rows.map((row) => row.generation).filter((g) => g !== null);
    const count = (status) => rows.filter((row) => row.status === status).length;
    const correct = rows.filter((row) => row.correct).length;
    const notRun = count('not_run');
    const noExpectation = count('answered');
    const judged = rows.length - notRun - noExpectation;
    return {
        rows: rows.length,
        correct,
        incorrect: judged - correct,
        passed: count('passed'),
        failed: count('failed'),
        errored: count('errored'),
        timedOut: count('timed_out'),
        notRun,
        noExpectation,
        accuracy: judged === 0 ? null : correct / judged,
        decodeTokensPerSecond: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(answered.map(decodeTokensPerSecond).filter(isNumber)),
        prefillTokensPerSecond: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(answered.map(prefillTokensPerSecond).filter(isNumber)),
        timeToFirstTokenMs: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(answered.map((g) => g.timeToFirstTokenMs).filter(isNumber)),
        totalDurationMs: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(answered.filter((g) => g.totalDurationNs > 0).map((g) => g.totalDurationNs / NS_PER_MS)),
        loadDurationMs: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(answered.map((g) => g.loadDurationNs / NS_PER_MS)),
        warmupLoadDurationMs: model.warmup ? model.warmup.loadDurationNs / NS_PER_MS : null,
    };
}
function isNumber(value) {
    return value !== null;
}


/***/ }),

/***/ 66302:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ choiceAccuracy)
/* harmony export */ });
/**
 * A model's accuracy per question file, then over all of them (last), for a multiple-choice
 * benchmark; null for any other benchmark.
 */
function choiceAccuracy(benchmark, model) {
    const fileOf = new Map();
    const chances = new Map([[null, []]]);
    for (const row of benchmark.rows) {
        if (row.choice === undefined)
            return null;
        fileOf.set(row.index, row.choice.file);
        const chance = 1 / row.choice.letters.length;
        chances.get(null)?.push(chance);
        chances.set(row.choice.file, [...(chances.get(row.choice.file) ?? []), chance]);
    }
    if (fileOf.size === 0)
        return null;
    const files = [...chances.keys()].filter((file) => file !== null);
    return [...files, null].map((file) => {
        const results = model.rows.filter((row) => row.status !== 'not_run' && (file === null || fileOf.get(row.index) === file));
        const correct = results.filter((row) => row.correct).length;
        const perQuestion = chances.get(file) ?? [];
        return {
            file,
            questions: perQuestion.length,
            answered: results.length,
            correct,
            noChoice: results.filter((row) => row.status === 'failed' && row.output === '').length,
            accuracy: results.length === 0 ? null : correct / results.length,
            chance: perQuestion.length === 0 ? null : perQuestion.reduce((a, b) => a + b, 0) / perQuestion.length,
        };
    });
}


/***/ }),

/***/ 62353:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E6: () => (/* binding */ bootstrapMedianRatio),
/* harmony export */   FH: () => (/* binding */ DEFAULT_CONFIDENCE),
/* harmony export */   Is: () => (/* binding */ seededRandom),
/* harmony export */   _s: () => (/* binding */ DEFAULT_BOOTSTRAP_RESAMPLES)
/* harmony export */ });
/* harmony import */ var _statistics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51322);

// Looked up once: in a sandboxed context such as jest's, every `Math.x` lookup in the hot loops below
// is a slow global access (30× slower in measurements), which made thousands of resamples crawl.
const { floor, imul } = Math;
/**
 * mulberry32: a tiny 32-bit PRNG with a full 2^32 period, good enough for resampling and, unlike
 * Math.random, seeded, so the same reports always give the same interval and the same verdict.
 */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = imul(t ^ (t >>> 15), t | 1);
        t ^= t + imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const DEFAULT_BOOTSTRAP_RESAMPLES = 2000;
const DEFAULT_CONFIDENCE = 0.95;
/**
 * Percentile bootstrap interval of median(head) / median(base). Each side is resampled on its own
 * (with replacement, same size), because a run's speed figures describe that run's distribution;
 * this ignores any pairing of rows, which widens the interval and so errs towards "unchanged".
 * Null when either side has no positive finite value (a ratio needs a positive base median).
 */
function bootstrapMedianRatio(base, head, options = {}) {
    const resamples = options.resamples ?? DEFAULT_BOOTSTRAP_RESAMPLES;
    const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
    if (!Number.isInteger(resamples) || resamples < 1)
        throw new RangeError(`resamples must be a whole number \u2265 1, got ${resamples}`);
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must be between 0 and 1, got ${confidence}`);
    const baseValues = Float64Array.from(base.filter(isPositive));
    const headValues = Float64Array.from(head.filter(isPositive));
    if (baseValues.length === 0 || headValues.length === 0)
        return null;
    const random = seededRandom(options.seed ?? 1);
    const ratios = new Float64Array(resamples);
    const headSampler = medianResampler(headValues);
    const baseSampler = medianResampler(baseValues);
    for (let i = 0; i < resamples; i += 1) {
        ratios[i] = headSampler(random) / baseSampler(random);
    }
    ratios.sort();
    const tail = (1 - confidence) / 2;
    return {
        ratio: sortedMedian(headValues.slice().sort()) / sortedMedian(baseValues.slice().sort()),
        lower: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .quantile */ .YV)(ratios, tail),
        upper: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .quantile */ .YV)(ratios, 1 - tail),
        confidence,
        resamples,
    };
}
/**
 * Draws a resample (n values with replacement) and returns its median, as sorting the resample and
 * taking `quantile(\u2026, 0.5)` would, but in linear time: the draws are counted per value and the two
 * middle ranks found by walking the values in sorted order. Same draws, same median, several times
 * faster than sorting each resample, which is what lets a comparison afford thousands of them.
 */
function medianResampler(values) {
    const n = values.length;
    const order = Int32Array.from(Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]));
    const counts = new Int32Array(n);
    const position = (n - 1) * 0.5;
    const lowerRank = Math.floor(position);
    const upperRank = Math.ceil(position);
    return (random) => {
        counts.fill(0);
        for (let i = 0; i < n; i += 1) {
            const drawn = floor(random() * n);
            counts[drawn] = counts[drawn] + 1;
        }
        let seen = 0;
        let low = 0;
        // Indexed loops only: iterator protocol and global lookups are slow in sandboxed contexts.
        for (let rank = 0; rank < n; rank += 1) {
            const index = order[rank];
            const before = seen;
            seen += counts[index];
            if (before <= lowerRank && seen > lowerRank)
                low = values[index];
            if (seen > upperRank) {
                const high = values[index];
                return low + (high - low) * (position - lowerRank);
            }
        }
        throw new Error('unreachable: the counts sum to n');
    };
}
function sortedMedian(sorted) {
    return (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .quantile */ .YV)(sorted, 0.5);
}
function isPositive(value) {
    return Number.isFinite(value) && value > 0;
}


/***/ }),

/***/ 98293:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ ModelServerError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51398);
/**
 * The outside world as the core sees it. The core imports only these interfaces; adapters under
 * src/adapters implement them, and tests pass plain fakes.
 */

/** A failure reported by the model server, kept as data so a row can record it. */
class ModelServerError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ {
    retryable;
    name = 'ModelServerError';
    constructor(message, 
    /** HTTP status, or null when the connection itself failed. */
    status, 
    /** Whether it was the server's fault, so that waiting for it and trying again could help. */
    retryable) {
        super(message, status);
        this.retryable = retryable;
    }
    get kind() {
        return this.retryable ? 'server' : 'request';
    }
}


/***/ }),

/***/ 53123:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ alignTable),
  C: () => (/* binding */ renderConsoleTable)
});

;// CONCATENATED MODULE: ./node_modules/ansi-regex/index.js
// Valid string terminator sequences are ESC\ and 0x9c; OSC also accepts BEL.
const ST = String.raw`(?:\u001B\u005C|\u009C)`;

// OSC sequences only: ESC ] ... BEL/ST (or the C1 introducer 0x9d ... BEL/ST).
// Payloads stop at terminators, cancellations, and C1 controls. An unterminated string cannot swallow the next sequence or repeatedly scan its payload from later introducers. Terminals likewise abort a control string on an unexpected ESC.
const stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
const osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;

// DCS, SOS, PM, APC, and screen window titles have opaque payloads terminated by ST. Nested ESC payloads, such as tmux passthrough, require a parser.
const controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;

// Linux console palette controls have fixed lengths and no string terminator; iTerm2 terminates its palette assignments. Consume an immediately adjacent OSC terminator, but match these controls before OSC so a later BEL cannot consume visible text.
const linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;

// CSI: ESC [ or C1 CSI, parameter bytes (0x30\u20130x3f), intermediate bytes (0x20\u20130x2f), then a final byte (0x40\u20130x7e).
// `= < >` are final bytes in two-byte VT52 escapes (`ESC >`) but parameter bytes in a CSI (`ESC [ > 0 ; 276 ; 0 c`, the device attributes reply). Match CSI first to consume the whole sequence, where its introducer makes the two unambiguous.
const csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;

// Related escapes: ESC, intermediate bytes (0x20\u20130x2f), then a final byte (0x30\u20130x7e), or a supported two-byte escape.
// The two-byte final class stays narrow so that ESC followed by an arbitrary character is not read as a sequence. CSI parameters belong only to the CSI form, preventing partial matches and avoiding a second scan with nested repetition.
// Escapes whose final byte is a digit include `ESC 7` and `ESC 8` (save and restore cursor), `ESC ( 0` (line drawing character set), and `ESC # 8` (screen alignment).
// A digit is never a CSI final byte. These escapes end immediately at their final byte, so `ESC 7 l` is read as the escape followed by text rather than a sequence with parameter 7 and final byte `l`.
const ansi_regex_escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;

const pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${ansi_regex_escape}`;

function ansiRegex({onlyFirst = false} = {}) {
	return new RegExp(pattern, onlyFirst ? undefined : 'g');
}

;// CONCATENATED MODULE: ./node_modules/strip-ansi/index.js


const regex = ansiRegex();

function stripAnsi(string) {
	if (typeof string !== 'string') {
		throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
	}

	// Fast path: ANSI codes require ESC (7-bit) or CSI (8-bit) introducer
	if (!string.includes('\u001B') && !string.includes('\u009B')) {
		return string;
	}

	// Even though the regex is global, we don't need to reset the `.lastIndex`
	// because unlike `.exec()` and `.test()`, `.replace()` does it automatically
	// and doing it manually has a performance penalty.
	return string.replace(regex, '');
}

// EXTERNAL MODULE: ./node_modules/eastasianwidth/eastasianwidth.js
var eastasianwidth = __webpack_require__(11428);
// EXTERNAL MODULE: ./node_modules/emoji-regex/index.js
var emoji_regex = __webpack_require__(50872);
;// CONCATENATED MODULE: ./node_modules/string-width/index.js




function stringWidth(string, options = {}) {
	if (typeof string !== 'string' || string.length === 0) {
		return 0;
	}

	options = {
		ambiguousIsNarrow: true,
		...options
	};

	string = stripAnsi(string);

	if (string.length === 0) {
		return 0;
	}

	string = string.replace(emoji_regex(), '  ');

	const ambiguousCharacterWidth = options.ambiguousIsNarrow ? 1 : 2;
	let width = 0;

	for (const character of string) {
		const codePoint = character.codePointAt(0);

		// Ignore control characters
		if (codePoint <= 0x1F || (codePoint >= 0x7F && codePoint <= 0x9F)) {
			continue;
		}

		// Ignore combining characters
		if (codePoint >= 0x300 && codePoint <= 0x36F) {
			continue;
		}

		const code = eastasianwidth.eastAsianWidth(character);
		switch (code) {
			case 'F':
			case 'W':
				width += 2;
				break;
			case 'A':
				width += ambiguousCharacterWidth;
				break;
			default:
				width += 1;
		}
	}

	return width;
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/run-targets.js
var run_targets = __webpack_require__(51643);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/row-verdict.js
var row_verdict = __webpack_require__(50969);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/aggregate.js
var aggregate = __webpack_require__(83918);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/leaderboard.js



/** Each award: what it is called, which way is better, and the digits it is shown and compared with. */
const AWARDS = {
    accuracy: { title: 'Most accurate', higherIsBetter: true, digits: 1, unit: '%' },
    decode: { title: 'Fastest decode', higherIsBetter: true, digits: 1, unit: ' tok/s' },
    ttft: { title: 'Quickest first token', higherIsBetter: false, digits: 0, unit: ' ms' },
    accuracyPerSecond: { title: 'Most accuracy per second', higherIsBetter: true, digits: 3, unit: ' %/s' },
};
/** Whether a model's figures mean something: its rows were (at least partly) run. */
function ranRows(model) {
    return (0,row_verdict/* ranRows */.HO)(model.status);
}
/** The figure an award compares, as shown (accuracy in percent), or null when the model has none. */
function awardValue(entry, kind) {
    const { figures } = entry;
    const raw = (() => {
        switch (kind) {
            case 'accuracy':
                return figures.accuracy === null ? null : figures.accuracy * 100;
            case 'decode':
                return figures.decodeTokensPerSecond.median;
            case 'ttft':
                return figures.timeToFirstTokenMs.median;
            case 'accuracyPerSecond':
                return entry.accuracyPerSecond === null ? null : entry.accuracyPerSecond * 100;
        }
    })();
    return raw === null ? null : rounded(raw, AWARDS[kind].digits);
}
/** The leaderboard of one benchmark's run. */
function buildLeaderboard(run) {
    const entries = run.models.filter(ranRows).map((model) => {
        const figures = (0,aggregate/* modelFigures */.VD)(model);
        const { mean, n } = figures.totalDurationMs;
        const totalSeconds = mean === null ? 0 : (mean * n) / 1000;
        const accuracyPerSecond = figures.accuracy === null || totalSeconds <= 0 ? null : figures.accuracy / totalSeconds;
        return { model, figures, rank: 0, accuracyPerSecond };
    });
    const key = (entry) => [
        awardValue(entry, 'accuracy') ?? Number.NEGATIVE_INFINITY,
        awardValue(entry, 'decode') ?? Number.NEGATIVE_INFINITY,
    ];
    entries.sort((a, b) => {
        const [accuracyA, decodeA] = key(a);
        const [accuracyB, decodeB] = key(b);
        return (accuracyB - accuracyA ||
            decodeB - decodeA ||
            (0,run_targets/* targetName */.je)(a.model.ref).localeCompare((0,run_targets/* targetName */.je)(b.model.ref), 'en'));
    });
    entries.forEach((entry, i) => {
        const previous = entries[i - 1];
        const tied = previous !== undefined && key(previous).every((value, column) => value === key(entry)[column]);
        entry.rank = tied ? previous.rank : i + 1;
    });
    const awards = Object.keys(AWARDS).flatMap((kind) => award(entries, kind));
    return { ranked: entries, unranked: run.models.filter((model) => !ranRows(model)), awards };
}
function award(entries, kind) {
    const valued = entries
        .map((entry) => ({ entry, value: awardValue(entry, kind) }))
        .filter((v) => v.value !== null);
    if (valued.length < 2)
        return [];
    const values = valued.map((v) => v.value);
    const best = AWARDS[kind].higherIsBetter ? Math.max(...values) : Math.min(...values);
    // A column where every model ties crowns nobody.
    if (values.every((value) => value === best))
        return [];
    return [{ kind, value: best, winners: valued.filter((v) => v.value === best).map((v) => v.entry.model) }];
}
/** The awards a model won, for a mark beside its name. */
function awardsOf(board, model) {
    return board.awards.filter((a) => a.winners.includes(model)).map((a) => a.kind);
}
function rounded(value, digits) {
    return Number(value.toFixed(digits));
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/words.js
var words = __webpack_require__(36528);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/run-warnings.js

// Apart from markdown.ts so that the console table, printed after every run, does not load the
// markdown renderer (repeats, heatmaps, charts) with it.
/** An interruption and a sandbox fallback, which a reader must see before the figures. */
function runWarnings(run) {
    const warnings = [];
    if (run.status === 'interrupted') {
        const notRun = run.models.flatMap((model) => model.rows).filter((row) => row.status === 'not_run');
        warnings.push(`The run was interrupted: ${(0,words/* plural */.L)(notRun.length, 'row')} not run (counted apart, not as failed).`);
    }
    if (run.sandbox.warning !== null)
        warnings.push(run.sandbox.warning);
    if (run.speedWarning)
        warnings.push(run.speedWarning);
    return warnings;
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/figure-text.js
var figure_text = __webpack_require__(62080);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/choice-accuracy.js
var choice_accuracy = __webpack_require__(66302);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/choice-accuracy-table.js





/**
 * Accuracy per question file and over all files for each model that ran rows, with the chance level
 * beside it; null when the run is not of multiple-choice questions. With one file, only that file.
 */
function choiceTable(run) {
    const models = run.models.filter(ranRows);
    const perModel = models.map((model) => (0,choice_accuracy/* choiceAccuracy */.t)(run.benchmark, model));
    const template = (0,choice_accuracy/* choiceAccuracy */.t)(run.benchmark, { rows: [] });
    if (template === null)
        return null;
    const lines = template.length === 2 ? template.slice(0, 1) : template;
    return {
        models: models.map((model) => (0,run_targets/* targetName */.je)(model.ref)),
        rows: lines.map((line, i) => ({
            file: line.file ?? 'All files',
            questions: line.questions,
            chance: line.chance,
            byModel: perModel.map((figures) => figures?.[i] ?? line),
        })),
    };
}
/** A model's cell: its accuracy, with the answers that named no option when there were any. */
function choiceCell(figures, { counts }) {
    const parts = [
        ...(counts ? [`${figures.correct}/${figures.answered}`] : []),
        ...(figures.noChoice > 0 ? [`${figures.noChoice} no option`] : []),
    ];
    return parts.length === 0
        ? (0,figure_text/* percent */.K)(figures.accuracy)
        : `${(0,figure_text/* percent */.K)(figures.accuracy)} (${parts.join(', ')})`;
}
const CHOICE_TABLE_NOTE = 'Chance is what guessing scores: 1 / the number of options, averaged over the questions. "No option": answers that named none of the letters (counted as wrong).';
/** The table in markdown for the job summary and the PR comment; empty when not multiple choice. */
function choiceMarkdown(run) {
    const table = choiceTable(run);
    if (table === null || table.models.length === 0)
        return [];
    const header = ['Question file', 'Questions', 'Chance', ...table.models].map(escapeInline);
    return [
        [
            `| ${header.join(' | ')} |`,
            `| --- | ${header
                .slice(1)
                .map(() => '---:')
                .join(' | ')} |`,
            ...table.rows.map((row) => `| ${[
                escapeInline(row.file),
                String(row.questions),
                percent(row.chance),
                ...row.byModel.map((figures) => choiceCell(figures, { counts: true })),
            ].join(' | ')} |`),
        ].join('\n'),
        `<sub>${escapeInline(CHOICE_TABLE_NOTE)}</sub>`,
    ];
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/accuracy-text.js

/** A model's accuracy as shown: a percentage, or "no expectation" when nothing it answered was judged. */
function accuracyText(f) {
    return f.accuracy === null && f.noExpectation > 0 ? 'no expectation' : (0,figure_text/* percent */.K)(f.accuracy);
}
/** What the accuracy was counted over: passed of judged rows, and the rows left out of it. */
function accuracyCount(f) {
    const judged = f.rows - f.notRun - f.noExpectation;
    const apart = [
        ...(f.notRun > 0 ? [`${f.notRun} not run`] : []),
        ...(f.noExpectation > 0 ? [`${f.noExpectation} answered, no expectation`] : []),
    ];
    if (judged === 0 && f.noExpectation > 0) {
        return [`${f.noExpectation} answered`, ...(f.notRun > 0 ? [`${f.notRun} not run`] : [])].join(', ');
    }
    return [`${f.passed}/${judged}`, ...apart].join(', ');
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/console-table.js








/** A plain-text table of per-model figures for a terminal. */
function renderConsoleTable(run) {
    const header = [
        'Rank',
        'Model',
        'Accuracy',
        'Pass',
        'Fail',
        'Error',
        'Timeout',
        'Decode tok/s',
        'TTFT ms',
        'Total ms',
        'Load ms',
    ];
    // The same order as the job summary's leaderboard: accuracy, then decode speed.
    const board = buildLeaderboard(run);
    const rows = [
        ...board.ranked.map(({ rank, model, figures: f }) => [
            String(rank),
            (0,run_targets/* targetName */.je)(model.ref),
            accuracyText(f),
            String(f.passed),
            String(f.failed),
            String(f.errored),
            String(f.timedOut),
            (0,figure_text/* fixed */.Z)(f.decodeTokensPerSecond.median, 1),
            (0,figure_text/* fixed */.Z)(f.timeToFirstTokenMs.median, 0),
            (0,figure_text/* fixed */.Z)(f.totalDurationMs.median, 0),
            (0,figure_text/* fixed */.Z)(f.warmupLoadDurationMs, 0),
        ]),
        ...board.unranked.map((model) => [
            '\u2013',
            (0,run_targets/* targetName */.je)(model.ref),
            model.status,
            '',
            '',
            '',
            '',
            '',
            '',
            '',
            '',
        ]),
    ];
    const notes = run.models.filter((m) => m.error).map((m) => `  ${(0,run_targets/* targetName */.je)(m.ref)}: ${m.error}`);
    const warnings = runWarnings(run).map((warning) => `warning: ${warning}`);
    return [
        `${run.benchmark.benchmarkName} \u2014 ${run.evaluator.name}, ${(0,words/* plural */.L)(run.benchmark.rows.length, 'row')}`,
        ...alignTable(header, rows, { leftColumns: 2 }),
        ...choiceLines(run),
        ...(notes.length > 0 ? ['', ...notes] : []),
        ...(warnings.length > 0 ? ['', ...warnings] : []),
        '',
        'Decode tok/s, TTFT and Total are medians over answered rows; Load is the warm-up load time.',
    ].join('\n');
}
/** Accuracy per question file beside the chance level, for a multiple-choice run; none otherwise. */
function choiceLines(run) {
    const table = choiceTable(run);
    if (table === null || table.models.length === 0)
        return [];
    return [
        '',
        ...alignTable(['Question file', 'Questions', 'Chance', ...table.models], table.rows.map((row) => [
            row.file,
            String(row.questions),
            (0,figure_text/* percent */.K)(row.chance),
            ...row.byModel.map((figures) => choiceCell(figures, { counts: false })),
        ]), { leftColumns: 1 }),
        CHOICE_TABLE_NOTE,
    ];
}
/**
 * Lines of a table aligned in columns for a fixed-width terminal: a header, a rule, the rows. The
 * first `leftColumns` columns are left-aligned (names), the rest right-aligned (figures). Widths are
 * the columns a terminal shows (string-width): a CJK character or an emoji in a model name takes
 * two, `\u2192` and `\u2013` one.
 */
function alignTable(header, rows, { leftColumns }) {
    const width = (text) => stringWidth(text);
    const widths = header.map((title, i) => Math.max(width(title), ...rows.map((row) => width(row[i] ?? ''))));
    const line = (cells) => cells
        .map((cell, i) => {
        const pad = ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(cell)));
        return i < leftColumns ? `${cell}${pad}` : `${pad}${cell}`;
    })
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}


/***/ })

};
