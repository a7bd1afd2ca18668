import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  enforcesNothing
} from "./chunk-FOULV4QT.js";
import {
  changedSinceApproval
} from "./chunk-GVOR2FSO.js";
import {
  IncludeDepthError,
  dataClassApprovals,
  evaluateRouting,
  includedChangedFiles,
  isBot,
  routingInput
} from "./chunk-HOS62DYC.js";
import {
  mapLimit,
  scoreChanges
} from "./chunk-DNWQRJ5V.js";
import {
  decodeText,
  includeScanText
} from "./chunk-NC2XGZVM.js";
import {
  classifier,
  runsPromptOps
} from "./chunk-P2FQAF6C.js";
import {
  ownersForPaths
} from "./chunk-RDO2QB6W.js";
import {
  CODEOWNERS_PATHS
} from "./chunk-XTRQLRQ2.js";
import {
  CONFIG_PATH,
  parseConfig
} from "./chunk-T6OKS3OG.js";
import {
  err
} from "./chunk-5VG5CH4R.js";
import {
  maxLevel
} from "./chunk-R47RDTTV.js";
import {
  ConfigError
} from "./chunk-7Z5DEWCI.js";

// node_modules/lru-cache/dist/esm/node/index.min.js
import { tracingChannel as G, channel as P } from "node:diagnostics_channel";
var S = P("lru-cache:metrics");
var W = G("lru-cache");
var L = typeof performance == "object" && performance && typeof performance.now == "function" ? performance : Date;
var R = () => S.hasSubscribers || W.hasSubscribers;
var U = /* @__PURE__ */ new Set();
var M = typeof process == "object" && process ? process : {};
var k = (d3, e, t, i) => {
  typeof M.emitWarning == "function" ? M.emitWarning(d3, e, t, i) : console.error(`[${t}] ${e}: ${d3}`);
};
var H = (d3) => !U.has(d3);
var T = (d3) => !!d3 && d3 === Math.floor(d3) && d3 > 0 && isFinite(d3);
var j = (d3) => T(d3) ? d3 <= Math.pow(2, 8) ? Uint8Array : d3 <= Math.pow(2, 16) ? Uint16Array : d3 <= Math.pow(2, 32) ? Uint32Array : d3 <= Number.MAX_SAFE_INTEGER ? O : null : null;
var O = class extends Array {
  constructor(e) {
    super(e), this.fill(0);
  }
};
var x = class d {
  heap;
  length;
  static #o = false;
  static create(e) {
    let t = j(e);
    if (!t) return [];
    d.#o = true;
    let i = new d(e, t);
    return d.#o = false, i;
  }
  constructor(e, t) {
    if (!d.#o) throw new TypeError("instantiate Stack using Stack.create(n)");
    this.heap = new t(e), this.length = 0;
  }
  push(e) {
    this.heap[this.length++] = e;
  }
  pop() {
    return this.heap[--this.length];
  }
};
var I = class d2 {
  #o;
  #c;
  #S;
  #O;
  #w;
  #M;
  #I;
  #m;
  get perf() {
    return this.#m;
  }
  ttl;
  ttlResolution;
  ttlAutopurge;
  updateAgeOnGet;
  updateAgeOnHas;
  allowStale;
  noDisposeOnSet;
  noUpdateTTL;
  maxEntrySize;
  sizeCalculation;
  noDeleteOnFetchRejection;
  noDeleteOnStaleGet;
  allowStaleOnFetchAbort;
  allowStaleOnFetchRejection;
  ignoreFetchAbort;
  backgroundFetchSize;
  #n;
  #b;
  #s;
  #i;
  #t;
  #l;
  #u;
  #a;
  #h;
  #y;
  #r;
  #_;
  #F;
  #d;
  #g;
  #T;
  #U;
  #f;
  #D;
  static unsafeExposeInternals(e) {
    return { starts: e.#F, ttls: e.#d, autopurgeTimers: e.#g, sizes: e.#_, keyMap: e.#s, keyList: e.#i, valList: e.#t, next: e.#l, prev: e.#u, get head() {
      return e.#a;
    }, get tail() {
      return e.#h;
    }, free: e.#y, isBackgroundFetch: (t) => e.#e(t), backgroundFetch: (t, i, s, n) => e.#P(t, i, s, n), moveToTail: (t) => e.#L(t), indexes: (t) => e.#A(t), rindexes: (t) => e.#z(t), isStale: (t) => e.#p(t) };
  }
  get max() {
    return this.#o;
  }
  get maxSize() {
    return this.#c;
  }
  get calculatedSize() {
    return this.#b;
  }
  get size() {
    return this.#n;
  }
  get fetchMethod() {
    return this.#M;
  }
  get memoMethod() {
    return this.#I;
  }
  get dispose() {
    return this.#S;
  }
  get onInsert() {
    return this.#O;
  }
  get disposeAfter() {
    return this.#w;
  }
  constructor(e) {
    let { max: t = 0, ttl: i, ttlResolution: s = 1, ttlAutopurge: n, updateAgeOnGet: o, updateAgeOnHas: l, allowStale: h, dispose: r, onInsert: c, disposeAfter: m, noDisposeOnSet: _, noUpdateTTL: u, maxSize: g = 0, maxEntrySize: f = 0, sizeCalculation: y, fetchMethod: a, memoMethod: w, noDeleteOnFetchRejection: F, noDeleteOnStaleGet: b, allowStaleOnFetchRejection: p, allowStaleOnFetchAbort: A, ignoreFetchAbort: z, backgroundFetchSize: C = 1, perf: E } = e;
    if (this.backgroundFetchSize = C, E !== void 0 && typeof E?.now != "function") throw new TypeError("perf option must have a now() method if specified");
    if (this.#m = E ?? L, t !== 0 && !T(t)) throw new TypeError("max option must be a nonnegative integer");
    let v = t ? j(t) : Array;
    if (!v) throw new Error("invalid max value: " + t);
    if (this.#o = t, this.#c = g, this.maxEntrySize = f || this.#c, this.sizeCalculation = y, this.sizeCalculation) {
      if (!this.#c && !this.maxEntrySize) throw new TypeError("cannot set sizeCalculation without setting maxSize or maxEntrySize");
      if (typeof this.sizeCalculation != "function") throw new TypeError("sizeCalculation set to non-function");
    }
    if (w !== void 0 && typeof w != "function") throw new TypeError("memoMethod must be a function if defined");
    if (this.#I = w, a !== void 0 && typeof a != "function") throw new TypeError("fetchMethod must be a function if specified");
    if (this.#M = a, this.#U = !!a, this.#s = /* @__PURE__ */ new Map(), this.#i = Array.from({ length: t }).fill(void 0), this.#t = Array.from({ length: t }).fill(void 0), this.#l = new v(t), this.#u = new v(t), this.#a = 0, this.#h = 0, this.#y = x.create(t), this.#n = 0, this.#b = 0, typeof r == "function" && (this.#S = r), typeof c == "function" && (this.#O = c), typeof m == "function" ? (this.#w = m, this.#r = []) : (this.#w = void 0, this.#r = void 0), this.#T = !!this.#S, this.#D = !!this.#O, this.#f = !!this.#w, this.noDisposeOnSet = !!_, this.noUpdateTTL = !!u, this.noDeleteOnFetchRejection = !!F, this.allowStaleOnFetchRejection = !!p, this.allowStaleOnFetchAbort = !!A, this.ignoreFetchAbort = !!z, this.maxEntrySize !== 0) {
      if (this.#c !== 0 && !T(this.#c)) throw new TypeError("maxSize must be a positive integer if specified");
      if (!T(this.maxEntrySize)) throw new TypeError("maxEntrySize must be a positive integer if specified");
      this.#X();
    }
    if (this.allowStale = !!h, this.noDeleteOnStaleGet = !!b, this.updateAgeOnGet = !!o, this.updateAgeOnHas = !!l, this.ttlResolution = T(s) || s === 0 ? s : 1, this.ttlAutopurge = !!n, this.ttl = i || 0, this.ttl) {
      if (!T(this.ttl)) throw new TypeError("ttl must be a positive integer if specified");
      this.#k();
    }
    if (this.#o === 0 && this.ttl === 0 && this.#c === 0) throw new TypeError("At least one of max, maxSize, or ttl is required");
    if (!this.ttlAutopurge && !this.#o && !this.#c) {
      let D = "LRU_CACHE_UNBOUNDED";
      H(D) && (U.add(D), k("TTL caching without ttlAutopurge, max, or maxSize can result in unbounded memory consumption.", "UnboundedCacheWarning", D, d2));
    }
  }
  getRemainingTTL(e) {
    return this.#s.has(e) ? 1 / 0 : 0;
  }
  #k() {
    let e = new O(this.#o), t = new O(this.#o);
    this.#d = e, this.#F = t;
    let i = this.ttlAutopurge ? Array.from({ length: this.#o }) : void 0;
    this.#g = i, this.#H = (h, r, c = this.#m.now()) => {
      t[h] = r !== 0 ? c : 0, e[h] = r, s(h, r);
    }, this.#R = (h) => {
      t[h] = e[h] !== 0 ? this.#m.now() : 0, s(h, e[h]);
    };
    let s = this.ttlAutopurge ? (h, r) => {
      if (i?.[h] && (clearTimeout(i[h]), i[h] = void 0), r && r !== 0 && i) {
        let c = setTimeout(() => {
          this.#p(h) ? (this.#E(this.#i[h], "expire"), i[h] = void 0) : s(h, l(h));
        }, r + 1);
        c.unref && c.unref(), i[h] = c;
      }
    } : () => {
    };
    this.#v = (h, r) => {
      if (e[r]) {
        let c = e[r], m = t[r];
        if (!c || !m) return;
        h.ttl = c, h.start = m, h.now = n || o();
        let _ = h.now - m;
        h.remainingTTL = c - _;
      }
    };
    let n = 0, o = () => {
      let h = this.#m.now();
      if (this.ttlResolution > 0) {
        n = h;
        let r = setTimeout(() => n = 0, this.ttlResolution);
        r.unref && r.unref();
      }
      return h;
    };
    this.getRemainingTTL = (h) => {
      let r = this.#s.get(h);
      return r === void 0 ? 0 : l(r);
    };
    let l = (h) => {
      let r = e[h], c = t[h];
      if (!r || !c) return 1 / 0;
      let m = (n || o()) - c;
      return r - m;
    };
    this.#p = (h) => {
      let r = t[h], c = e[h];
      return !!c && !!r && (n || o()) - r > c;
    };
  }
  #R = () => {
  };
  #v = () => {
  };
  #H = () => {
  };
  #p = () => false;
  #X() {
    let e = new O(this.#o);
    this.#b = 0, this.#_ = e, this.#x = (t) => {
      this.#b -= e[t], e[t] = 0;
    }, this.#N = (t, i, s, n) => {
      if (!T(s)) {
        if (this.#e(i)) return this.backgroundFetchSize;
        if (n) {
          if (typeof n != "function") throw new TypeError("sizeCalculation must be a function");
          if (s = n(i, t), !T(s)) throw new TypeError("sizeCalculation return invalid (expect positive integer)");
        } else throw new TypeError("invalid size value (must be positive integer). When maxSize or maxEntrySize is used, sizeCalculation or size must be set.");
      }
      return s;
    }, this.#j = (t, i, s) => {
      if (e[t] = i, this.#c) {
        let n = this.#c - e[t];
        for (; this.#b > n; ) this.#G(true);
      }
      this.#b += e[t], s && (s.entrySize = i, s.totalCalculatedSize = this.#b);
    };
  }
  #x = (e) => {
  };
  #j = (e, t, i) => {
  };
  #N = (e, t, i, s) => {
    if (i || s) throw new TypeError("cannot set size without setting maxSize or maxEntrySize on cache");
    return 0;
  };
  *#A({ allowStale: e = this.allowStale } = {}) {
    if (this.#n) for (let t = this.#h; this.#V(t) && ((e || !this.#p(t)) && (yield t), t !== this.#a); ) t = this.#u[t];
  }
  *#z({ allowStale: e = this.allowStale } = {}) {
    if (this.#n) for (let t = this.#a; this.#V(t) && ((e || !this.#p(t)) && (yield t), t !== this.#h); ) t = this.#l[t];
  }
  #V(e) {
    return e !== void 0 && this.#s.get(this.#i[e]) === e;
  }
  *entries() {
    for (let e of this.#A()) this.#t[e] !== void 0 && this.#i[e] !== void 0 && !this.#e(this.#t[e]) && (yield [this.#i[e], this.#t[e]]);
  }
  *rentries() {
    for (let e of this.#z()) this.#t[e] !== void 0 && this.#i[e] !== void 0 && !this.#e(this.#t[e]) && (yield [this.#i[e], this.#t[e]]);
  }
  *keys() {
    for (let e of this.#A()) {
      let t = this.#i[e];
      t !== void 0 && !this.#e(this.#t[e]) && (yield t);
    }
  }
  *rkeys() {
    for (let e of this.#z()) {
      let t = this.#i[e];
      t !== void 0 && !this.#e(this.#t[e]) && (yield t);
    }
  }
  *values() {
    for (let e of this.#A()) this.#t[e] !== void 0 && !this.#e(this.#t[e]) && (yield this.#t[e]);
  }
  *rvalues() {
    for (let e of this.#z()) this.#t[e] !== void 0 && !this.#e(this.#t[e]) && (yield this.#t[e]);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  [Symbol.toStringTag] = "LRUCache";
  find(e, t = {}) {
    for (let i of this.#A()) {
      let s = this.#t[i], n = this.#e(s) ? s.__staleWhileFetching : s;
      if (n !== void 0 && e(n, this.#i[i], this)) return this.#C(this.#i[i], t);
    }
  }
  forEach(e, t = this) {
    for (let i of this.#A()) {
      let s = this.#t[i], n = this.#e(s) ? s.__staleWhileFetching : s;
      n !== void 0 && e.call(t, n, this.#i[i], this);
    }
  }
  rforEach(e, t = this) {
    for (let i of this.#z()) {
      let s = this.#t[i], n = this.#e(s) ? s.__staleWhileFetching : s;
      n !== void 0 && e.call(t, n, this.#i[i], this);
    }
  }
  purgeStale() {
    let e = false;
    for (let t of this.#z({ allowStale: true })) this.#p(t) && (this.#E(this.#i[t], "expire"), e = true);
    return e;
  }
  info(e) {
    let t = this.#s.get(e);
    if (t === void 0) return;
    let i = this.#t[t], s = this.#e(i) ? i.__staleWhileFetching : i;
    if (s === void 0) return;
    let n = { value: s };
    if (this.#d && this.#F) {
      let o = this.#d[t], l = this.#F[t];
      if (o && l) {
        let h = o - (this.#m.now() - l);
        n.ttl = h, n.start = Date.now();
      }
    }
    return this.#_ && (n.size = this.#_[t]), n;
  }
  dump() {
    let e = [];
    for (let t of this.#A({ allowStale: true })) {
      let i = this.#i[t], s = this.#t[t], n = this.#e(s) ? s.__staleWhileFetching : s;
      if (n === void 0 || i === void 0) continue;
      let o = { value: n };
      if (this.#d && this.#F) {
        o.ttl = this.#d[t];
        let l = this.#m.now() - this.#F[t];
        o.start = Math.floor(Date.now() - l);
      }
      this.#_ && (o.size = this.#_[t]), e.unshift([i, o]);
    }
    return e;
  }
  load(e) {
    this.clear();
    for (let [t, i] of e) {
      if (i.start) {
        let s = Date.now() - i.start;
        i.start = this.#m.now() - s;
      }
      this.#W(t, i.value, i);
    }
  }
  set(e, t, i = {}) {
    let { status: s = S.hasSubscribers ? {} : void 0 } = i;
    i.status = s, s && (s.op = "set", s.key = e, t !== void 0 && (s.value = t), s.cache = this);
    let n = this.#W(e, t, i);
    return s && S.hasSubscribers && S.publish(s), n;
  }
  #W(e, t, i, s) {
    let { ttl: n = this.ttl, start: o, noDisposeOnSet: l = this.noDisposeOnSet, sizeCalculation: h = this.sizeCalculation, status: r } = i, c = this.#e(t);
    if (t === void 0) return r && (r.set = "deleted"), this.delete(e), this;
    let { noUpdateTTL: m = this.noUpdateTTL } = i;
    r && !c && (r.value = t);
    let _ = this.#N(e, t, i.size || 0, h, r);
    if (this.maxEntrySize && _ > this.maxEntrySize) return this.#E(e, "set"), r && (r.set = "miss", r.maxEntrySizeExceeded = true), this;
    let u = this.#n === 0 ? void 0 : this.#s.get(e);
    if (u === void 0) u = this.#n === 0 ? this.#h : this.#y.length !== 0 ? this.#y.pop() : this.#n === this.#o ? this.#G(false) : this.#n, this.#i[u] = e, this.#t[u] = t, this.#s.set(e, u), this.#l[this.#h] = u, this.#u[u] = this.#h, this.#h = u, this.#n++, this.#j(u, _, r), r && (r.set = "add"), m = false, this.#D && !c && this.#O?.(t, e, "add");
    else {
      this.#L(u);
      let g = this.#t[u];
      if (t !== g) {
        if (!l) if (this.#e(g)) {
          g !== s && g.__abortController.abort(new Error("replaced"));
          let { __staleWhileFetching: f } = g;
          f !== void 0 && f !== t && (this.#T && this.#S?.(f, e, "set"), this.#f && this.#r?.push([f, e, "set"]));
        } else this.#T && this.#S?.(g, e, "set"), this.#f && this.#r?.push([g, e, "set"]);
        if (this.#x(u), this.#j(u, _, r), this.#t[u] = t, !c) {
          let f = g && this.#e(g) ? g.__staleWhileFetching : g, y = f === void 0 ? "add" : t !== f ? "replace" : "update";
          r && (r.set = y, f !== void 0 && (r.oldValue = f)), this.#D && this.onInsert?.(t, e, y);
        }
      } else c || (r && (r.set = "update"), this.#D && this.onInsert?.(t, e, "update"));
    }
    if (n !== 0 && !this.#d && this.#k(), this.#d && (m || this.#H(u, n, o), r && this.#v(r, u)), !l && this.#f && this.#r) {
      let g = this.#r, f;
      for (; f = g?.shift(); ) this.#w?.(...f);
    }
    return this;
  }
  pop() {
    try {
      for (; this.#n; ) {
        let e = this.#t[this.#a];
        if (this.#G(true), this.#e(e)) {
          if (e.__staleWhileFetching) return e.__staleWhileFetching;
        } else if (e !== void 0) return e;
      }
    } finally {
      if (this.#f && this.#r) {
        let e = this.#r, t;
        for (; t = e?.shift(); ) this.#w?.(...t);
      }
    }
  }
  #G(e) {
    let t = this.#a, i = this.#i[t], s = this.#t[t], n = this.#e(s);
    n && s.__abortController.abort(new Error("evicted"));
    let o = n ? s.__staleWhileFetching : s;
    return (this.#T || this.#f) && o !== void 0 && (this.#T && this.#S?.(o, i, "evict"), this.#f && this.#r?.push([o, i, "evict"])), this.#x(t), this.#g?.[t] && (clearTimeout(this.#g[t]), this.#g[t] = void 0), e && (this.#i[t] = void 0, this.#t[t] = void 0, this.#y.push(t)), this.#n === 1 ? (this.#a = this.#h = 0, this.#y.length = 0) : this.#a = this.#l[t], this.#s.delete(i), this.#n--, t;
  }
  has(e, t = {}) {
    let { status: i = S.hasSubscribers ? {} : void 0 } = t;
    t.status = i, i && (i.op = "has", i.key = e, i.cache = this);
    let s = this.#Y(e, t);
    return S.hasSubscribers && S.publish(i), s;
  }
  #Y(e, t = {}) {
    let { updateAgeOnHas: i = this.updateAgeOnHas, status: s } = t, n = this.#s.get(e);
    if (n !== void 0) {
      let o = this.#t[n];
      if (this.#e(o) && o.__staleWhileFetching === void 0) return false;
      if (this.#p(n)) s && (s.has = "stale", this.#v(s, n));
      else return i && this.#R(n), s && (s.has = "hit", this.#v(s, n)), true;
    } else s && (s.has = "miss");
    return false;
  }
  peek(e, t = {}) {
    let { status: i = R() ? {} : void 0 } = t;
    i && (i.op = "peek", i.key = e, i.cache = this), t.status = i;
    let s = this.#J(e, t);
    return S.hasSubscribers && S.publish(i), s;
  }
  #J(e, t) {
    let { status: i, allowStale: s = this.allowStale } = t, n = this.#s.get(e);
    if (n === void 0 || !s && this.#p(n)) {
      i && (i.peek = n === void 0 ? "miss" : "stale");
      return;
    }
    let o = this.#t[n], l = this.#e(o) ? o.__staleWhileFetching : o;
    return i && (l !== void 0 ? (i.peek = "hit", i.value = l) : i.peek = "miss"), l;
  }
  #P(e, t, i, s) {
    let n = t === void 0 ? void 0 : this.#t[t];
    if (this.#e(n)) return n;
    let o = new AbortController(), { signal: l } = i;
    l?.addEventListener("abort", () => o.abort(l.reason), { signal: o.signal });
    let h = { signal: o.signal, options: i, context: s }, r = (f, y = false) => {
      let { aborted: a } = o.signal, w = i.ignoreFetchAbort && f !== void 0, F = i.ignoreFetchAbort || !!(i.allowStaleOnFetchAbort && f !== void 0);
      if (i.status && (a && !y ? (i.status.fetchAborted = true, i.status.fetchError = o.signal.reason, w && (i.status.fetchAbortIgnored = true)) : i.status.fetchResolved = true), a && !w && !y) return m(o.signal.reason, F);
      let b = u, p = this.#t[t];
      return (p === u || p === void 0 && w && y) && (f === void 0 ? b.__staleWhileFetching !== void 0 ? this.#t[t] = b.__staleWhileFetching : this.#E(e, "fetch") : (i.status && (i.status.fetchUpdated = true), this.#W(e, f, h.options, b))), f;
    }, c = (f) => (i.status && (i.status.fetchRejected = true, i.status.fetchError = f), m(f, false)), m = (f, y) => {
      let { aborted: a } = o.signal, w = a && i.allowStaleOnFetchAbort, F = w || i.allowStaleOnFetchRejection, b = F || i.noDeleteOnFetchRejection, p = u;
      if (this.#t[t] === u && (!b || !y && p.__staleWhileFetching === void 0 ? this.#E(e, "fetch") : w || (this.#t[t] = p.__staleWhileFetching)), F) return i.status && p.__staleWhileFetching !== void 0 && (i.status.returnedStale = true), p.__staleWhileFetching;
      if (p.__returned === p) throw f;
    }, _ = (f, y) => {
      let a = this.#M?.(e, n, h);
      o.signal.addEventListener("abort", () => {
        (!i.ignoreFetchAbort || i.allowStaleOnFetchAbort) && (f(void 0), i.allowStaleOnFetchAbort && (f = (w) => r(w, true)));
      }), a && a instanceof Promise ? a.then((w) => f(w === void 0 ? void 0 : w), y) : a !== void 0 && f(a);
    };
    i.status && (i.status.fetchDispatched = true);
    let u = new Promise(_).then(r, c), g = Object.assign(u, { __abortController: o, __staleWhileFetching: n, __returned: void 0 });
    return t === void 0 ? (this.#W(e, g, { ...h.options, status: void 0 }), t = this.#s.get(e)) : this.#t[t] = g, g;
  }
  #e(e) {
    if (!this.#U) return false;
    let t = e;
    return !!t && t instanceof Promise && t.hasOwnProperty("__staleWhileFetching") && t.__abortController instanceof AbortController;
  }
  fetch(e, t = {}) {
    let i = W.hasSubscribers, { status: s = R() ? {} : void 0 } = t;
    t.status = s, s && t.context && (s.context = t.context);
    let n = this.#B(e, t);
    return s && i && (s.trace = true, W.tracePromise(() => n, s).catch(() => {
    })), n;
  }
  async #B(e, t = {}) {
    let { allowStale: i = this.allowStale, updateAgeOnGet: s = this.updateAgeOnGet, noDeleteOnStaleGet: n = this.noDeleteOnStaleGet, ttl: o = this.ttl, noDisposeOnSet: l = this.noDisposeOnSet, size: h = 0, sizeCalculation: r = this.sizeCalculation, noUpdateTTL: c = this.noUpdateTTL, noDeleteOnFetchRejection: m = this.noDeleteOnFetchRejection, allowStaleOnFetchRejection: _ = this.allowStaleOnFetchRejection, ignoreFetchAbort: u = this.ignoreFetchAbort, allowStaleOnFetchAbort: g = this.allowStaleOnFetchAbort, context: f, forceRefresh: y = false, status: a, signal: w } = t;
    if (a && (a.op = "fetch", a.key = e, y && (a.forceRefresh = true), a.cache = this), !this.#U) return a && (a.fetch = "get"), this.#C(e, { allowStale: i, updateAgeOnGet: s, noDeleteOnStaleGet: n, status: a });
    let F = { allowStale: i, updateAgeOnGet: s, noDeleteOnStaleGet: n, ttl: o, noDisposeOnSet: l, size: h, sizeCalculation: r, noUpdateTTL: c, noDeleteOnFetchRejection: m, allowStaleOnFetchRejection: _, allowStaleOnFetchAbort: g, ignoreFetchAbort: u, status: a, signal: w }, b = this.#s.get(e);
    if (b === void 0) {
      a && (a.fetch = "miss");
      let p = this.#P(e, b, F, f);
      return p.__returned = p;
    } else {
      let p = this.#t[b];
      if (this.#e(p)) {
        let v = i && p.__staleWhileFetching !== void 0;
        return a && (a.fetch = "inflight", v && (a.returnedStale = true)), v ? p.__staleWhileFetching : p.__returned = p;
      }
      let A = this.#p(b);
      if (!y && !A) return a && (a.fetch = "hit"), this.#L(b), s && this.#R(b), a && this.#v(a, b), p;
      let z = this.#P(e, b, F, f), E = z.__staleWhileFetching !== void 0 && i;
      return a && (a.fetch = A ? "stale" : "refresh", E && A && (a.returnedStale = true)), E ? z.__staleWhileFetching : z.__returned = z;
    }
  }
  forceFetch(e, t = {}) {
    let i = W.hasSubscribers, { status: s = R() ? {} : void 0 } = t;
    t.status = s, s && t.context && (s.context = t.context);
    let n = this.#K(e, t);
    return s && i && (s.trace = true, W.tracePromise(() => n, s).catch(() => {
    })), n;
  }
  async #K(e, t = {}) {
    let i = await this.#B(e, t);
    if (i === void 0) throw new Error("fetch() returned undefined");
    return i;
  }
  memo(e, t = {}) {
    let { status: i = S.hasSubscribers ? {} : void 0 } = t;
    t.status = i, i && (i.op = "memo", i.key = e, t.context && (i.context = t.context), i.cache = this);
    let s = this.#Q(e, t);
    return i && (i.value = s), S.hasSubscribers && S.publish(i), s;
  }
  #Q(e, t = {}) {
    let i = this.#I;
    if (!i) throw new Error("no memoMethod provided to constructor");
    let { context: s, status: n, forceRefresh: o, ...l } = t;
    n && o && (n.forceRefresh = true);
    let h = this.#C(e, l), r = o || h === void 0;
    if (n && (n.memo = r ? "miss" : "hit", r || (n.value = h)), !r) return h;
    let c = i(e, h, { options: l, context: s });
    return n && (n.value = c), this.#W(e, c, l), c;
  }
  get(e, t = {}) {
    let { status: i = S.hasSubscribers ? {} : void 0 } = t;
    t.status = i, i && (i.op = "get", i.key = e, i.cache = this);
    let s = this.#C(e, t);
    return i && (s !== void 0 && (i.value = s), S.hasSubscribers && S.publish(i)), s;
  }
  #C(e, t = {}) {
    let { allowStale: i = this.allowStale, updateAgeOnGet: s = this.updateAgeOnGet, noDeleteOnStaleGet: n = this.noDeleteOnStaleGet, status: o } = t, l = this.#s.get(e);
    if (l === void 0) {
      o && (o.get = "miss");
      return;
    }
    let h = this.#t[l], r = this.#e(h);
    return o && this.#v(o, l), this.#p(l) ? r ? (o && (o.get = "stale-fetching"), i && h.__staleWhileFetching !== void 0 ? (o && (o.returnedStale = true), h.__staleWhileFetching) : void 0) : (n || this.#E(e, "expire"), o && (o.get = "stale"), i ? (o && (o.returnedStale = true), h) : void 0) : (o && (o.get = r ? "fetching" : "hit"), this.#L(l), s && this.#R(l), r ? h.__staleWhileFetching : h);
  }
  #$(e, t) {
    this.#u[t] = e, this.#l[e] = t;
  }
  #L(e) {
    e !== this.#h && (e === this.#a ? this.#a = this.#l[e] : this.#$(this.#u[e], this.#l[e]), this.#$(this.#h, e), this.#h = e);
  }
  delete(e) {
    return this.#E(e, "delete");
  }
  #E(e, t) {
    S.hasSubscribers && S.publish({ op: "delete", delete: t, key: e, cache: this });
    let i = false;
    if (this.#n !== 0) {
      let s = this.#s.get(e);
      if (s !== void 0) if (this.#g?.[s] && (clearTimeout(this.#g[s]), this.#g[s] = void 0), i = true, this.#n === 1) this.#q(t);
      else {
        this.#x(s);
        let n = this.#t[s];
        if (this.#e(n) ? n.__abortController.abort(new Error("deleted")) : (this.#T || this.#f) && (this.#T && this.#S?.(n, e, t), this.#f && this.#r?.push([n, e, t])), this.#s.delete(e), this.#i[s] = void 0, this.#t[s] = void 0, s === this.#h) this.#h = this.#u[s];
        else if (s === this.#a) this.#a = this.#l[s];
        else {
          let o = this.#u[s];
          this.#l[o] = this.#l[s];
          let l = this.#l[s];
          this.#u[l] = this.#u[s];
        }
        this.#n--, this.#y.push(s);
      }
    }
    if (this.#f && this.#r?.length) {
      let s = this.#r, n;
      for (; n = s?.shift(); ) this.#w?.(...n);
    }
    return i;
  }
  clear() {
    return this.#q("delete");
  }
  #q(e) {
    for (let t of this.#z({ allowStale: true })) {
      let i = this.#t[t];
      if (this.#e(i)) i.__abortController.abort(new Error("deleted"));
      else {
        let s = this.#i[t];
        this.#T && this.#S?.(i, s, e), this.#f && this.#r?.push([i, s, e]);
      }
    }
    if (this.#s.clear(), this.#t.fill(void 0), this.#i.fill(void 0), this.#d && this.#F) {
      this.#d.fill(0), this.#F.fill(0);
      for (let t of this.#g ?? []) t !== void 0 && clearTimeout(t);
      this.#g?.fill(void 0);
    }
    if (this.#_ && this.#_.fill(0), this.#a = 0, this.#h = 0, this.#y.length = 0, this.#b = 0, this.#n = 0, this.#f && this.#r) {
      let t = this.#r, i;
      for (; i = t?.shift(); ) this.#w?.(...i);
    }
  }
};

// src/adapters/github/sha-cache.ts
var ShaCache = class {
  #entries;
  /** At most `capacity` entries, and at most `maxWeight` in total by `weigh` (e.g. bytes). */
  constructor(capacity, maxWeight = Infinity, weigh = () => 0) {
    const bySize = Number.isFinite(maxWeight) ? { maxSize: maxWeight, sizeCalculation: (entry) => Math.max(1, Math.ceil(weigh(entry.value))) } : {};
    this.#entries = new I({ max: capacity, ...bySize });
  }
  has(key) {
    return this.#entries.has(key);
  }
  /** The cached value (refreshing its recency); call only after `has`. */
  get(key) {
    const entry = this.#entries.get(key);
    if (entry === void 0) throw new Error(`internal: ${key} is not cached`);
    return entry.value;
  }
  /** Stores `value`; one that alone weighs more than the budget is not kept (nor is the old one). */
  set(key, value) {
    this.#entries.delete(key);
    this.#entries.set(key, { value });
  }
};
var isCommitSha = (ref) => /^[0-9a-f]{40}$/.test(ref);

// src/adapters/github/cache.ts
var MB = 1024 * 1024;
function createGitHubCache() {
  return {
    texts: new ShaCache(5e3, 64 * MB, (t) => (t?.text?.length ?? 0) * 2),
    states: new ShaCache(2e4, 64 * MB, (s) => (s?.text?.text?.length ?? 0) * 2),
    comparisons: new ShaCache(500),
    blobTexts: new ShaCache(2e4, 32 * MB, (t) => (t?.length ?? 0) * 2),
    policies: new ShaCache(200)
  };
}
var repoKey = (client, repo) => `${client.request.endpoint.DEFAULTS.baseUrl} ${repo.owner}/${repo.repo}`;

// src/adapters/github/contents.ts
async function readText(client, repo, cache, path, ref) {
  const key = `${repoKey(client, repo)}@${ref}:${path}`;
  if (cache.texts.has(key)) return cache.texts.get(key);
  const bytes = await readContent(client, repo, path, ref);
  const value = bytes ? decodeText(bytes) : null;
  if (isCommitSha(ref)) cache.texts.set(key, value);
  return value;
}
async function readContent(client, repo, path, ref) {
  try {
    const response = await client.request("GET /repos/{owner}/{repo}/contents/{path}", {
      ...repo,
      path,
      ref,
      headers: { accept: "application/vnd.github.raw+json" },
      request: { parseSuccessResponseBody: false }
    });
    return await toBytes(response.data);
  } catch (error) {
    if (error.status === 404) return null;
    throw error;
  }
}
async function readBlob(client, repo, oid) {
  const response = await client.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", {
    ...repo,
    file_sha: oid,
    headers: { accept: "application/vnd.github.raw+json" },
    request: { parseSuccessResponseBody: false }
  });
  return toBytes(response.data);
}
async function toBytes(data) {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (typeof data === "string") return new TextEncoder().encode(data);
  if (data && typeof data.getReader === "function")
    return new Uint8Array(await new Response(data).arrayBuffer());
  throw new Error("unexpected contents response");
}
var STATUS = {
  added: "added",
  removed: "removed",
  modified: "modified",
  renamed: "renamed",
  changed: "modified",
  copied: "added",
  unchanged: "modified"
};
var toEntry = (f) => ({
  status: STATUS[f.status] ?? "modified",
  path: f.filename,
  ...f.previous_filename ? { oldPath: f.previous_filename } : {}
});
async function listPullFiles(client, repo, pull) {
  return (await client.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { ...repo, pull_number: pull, per_page: 100 })).map(toEntry);
}
var needsContent = (classify, e) => classify.needsContent(e.path) || e.oldPath !== void 0 && classify.needsContent(e.oldPath);
var sidesOf = (e, base, head) => ({
  base: e.status === "added" ? null : { sha: base, path: e.oldPath ?? e.path },
  head: e.status === "removed" ? null : { sha: head, path: e.path }
});

// src/adapters/github/base-policy.ts
var CONFIG_PATHS = [CONFIG_PATH, ".github/promptops.yaml"];
var POLICY_PATHS = [...CONFIG_PATHS, ...CODEOWNERS_PATHS];
function policyFrom(texts) {
  const configPath = CONFIG_PATHS.find((p) => texts.get(p)) ?? CONFIG_PATH;
  const found = texts.get(configPath) ?? null;
  const configText = found?.text ?? null;
  const config = found?.binary ? err(new ConfigError(configPath, [{ at: "", line: 1, message: "the file is not UTF-8 text" }])) : parseConfig(configText, configPath);
  const present = CODEOWNERS_PATHS.flatMap((path) => {
    const file = texts.get(path);
    return file ? [{ path, text: file.text ?? "" }] : [];
  });
  return {
    configFound: found !== null,
    configText,
    config,
    codeowners: present[0] ?? null,
    codeownersPaths: present.map((c) => c.path)
  };
}
async function loadBaseConfig(client, repo, cache, baseRef) {
  const texts = /* @__PURE__ */ new Map();
  for (const path of CONFIG_PATHS) texts.set(path, await readText(client, repo, cache, path, baseRef));
  return policyFrom(texts).config;
}

// src/adapters/github/compare.ts
var COMPARE_FILE_LIMIT = 300;
var PULL_FILES_LIMIT = 3e3;
async function compareCommits(client, repo, cache, base, head, pull) {
  const key = `${repoKey(client, repo)} ${base}...${head}#${pull ?? ""}`;
  if (cache.comparisons.has(key)) return cache.comparisons.get(key);
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}`, per_page: 1 });
  const files = data.files ?? [];
  let comparison = {
    mergeBase: data.merge_base_commit.sha,
    entries: files.map(toEntry),
    incomplete: null,
    totalCommits: data.total_commits
  };
  if (files.length >= COMPARE_FILE_LIMIT) {
    if (pull === null) comparison = { ...comparison, incomplete: `GitHub compares at most ${COMPARE_FILE_LIMIT} files` };
    else {
      const listed = await listPullFiles(client, repo, pull);
      const { data: now } = await client.rest.pulls.get({ ...repo, pull_number: pull });
      if (now.head.sha !== head)
        return {
          ...comparison,
          incomplete: `the pull request moved to ${now.head.sha.slice(0, 7)} while its files were listed for ${head.slice(0, 7)}`
        };
      const cut = listed.length >= PULL_FILES_LIMIT ? `GitHub lists at most ${PULL_FILES_LIMIT} files of a pull request` : null;
      comparison = { ...comparison, entries: listed, incomplete: cut };
    }
  }
  if (isCommitSha(base) && isCommitSha(head)) cache.comparisons.set(key, comparison);
  return comparison;
}

// src/adapters/github/file-states.ts
import { createHash } from "node:crypto";

// src/adapters/github/graphql/branch-settings.ts
var BRANCH_SETTINGS = `name
      branchProtectionRule {
        requiredStatusChecks { context app { databaseId } } requiresStrictStatusChecks
        allowsForcePushes allowsDeletions
        requiresApprovingReviews requiredApprovingReviewCount requiresCodeOwnerReviews requireLastPushApproval
      }
      rules(first: 100) { nodes { type parameters {
        ... on RequiredStatusChecksParameters { requiredStatusChecks { context integrationId } strictRequiredStatusChecksPolicy }
        ... on PullRequestParameters { requiredApprovingReviewCount requireCodeOwnerReview requireLastPushApproval }
      } } }`;
var get = (o, key) => o && typeof o === "object" ? o[key] : void 0;
var list = (o) => Array.isArray(o) ? o.filter((v) => typeof v === "object" && v !== null) : [];
var id = (v) => typeof v === "number" ? v : null;
function branchSettings(branch, ref, classicFailed, rulesFailed) {
  const settings = {
    branch,
    exists: ref ? true : classicFailed && rulesFailed ? null : false,
    sources: [],
    unreadable: []
  };
  if (classicFailed) settings.unreadable.push("branch protection (reading it needs administration: read)");
  if (rulesFailed) settings.unreadable.push("rulesets");
  const rule = get(ref, "branchProtectionRule");
  if (rule) settings.sources.push(fromClassic(rule));
  const rules = list(get(get(ref, "rules"), "nodes"));
  if (rules.length > 0) settings.sources.push(fromRules(rules));
  return settings;
}
function fromClassic(rule) {
  const reviews = rule.requiresApprovingReviews === true;
  const requiredChecks = list(get(rule, "requiredStatusChecks")).map((c) => ({
    context: String(c.context),
    appId: id(get(get(c, "app"), "databaseId"))
  }));
  return {
    kind: "branch protection",
    requiredChecks,
    blocksForcePushes: rule.allowsForcePushes === false,
    blocksDeletion: rule.allowsDeletions === false,
    requiresPullRequest: reviews,
    requiresReviews: reviews && (Number(rule.requiredApprovingReviewCount ?? 0) > 0 || rule.requiresCodeOwnerReviews === true),
    requiresLastPushApproval: reviews && rule.requireLastPushApproval === true,
    requiresUpToDate: requiredChecks.length > 0 && rule.requiresStrictStatusChecks === true,
    requiresMergeQueue: false
  };
}
function fromRules(rules) {
  const source = enforcesNothing("rulesets");
  for (const r of rules) {
    const p = get(r, "parameters");
    if (r.type === "REQUIRED_STATUS_CHECKS") {
      const checks = list(get(p, "requiredStatusChecks"));
      source.requiredChecks.push(...checks.map((c) => ({ context: String(c.context), appId: id(c.integrationId) })));
      source.requiresUpToDate ||= checks.length > 0 && get(p, "strictRequiredStatusChecksPolicy") === true;
    }
    if (r.type === "MERGE_QUEUE") source.requiresMergeQueue = true;
    if (r.type === "NON_FAST_FORWARD") source.blocksForcePushes = true;
    if (r.type === "DELETION") source.blocksDeletion = true;
    if (r.type === "PULL_REQUEST") {
      source.requiresPullRequest = true;
      source.requiresReviews ||= Number(get(p, "requiredApprovingReviewCount") ?? 0) > 0 || get(p, "requireCodeOwnerReview") === true;
      source.requiresLastPushApproval ||= get(p, "requireLastPushApproval") === true;
    }
  }
  return source;
}

// src/adapters/github/graphql/request.ts
var PAGE = 100;
var AUTHORS_PER_COMMIT = 20;
var BLOB = "... on Blob { isBinary isTruncated text }";
var ACTOR = "author { __typename login }";
function buildSnapshotQuery(repo, request) {
  const params = ["$owner: String!", "$name: String!"];
  const variables = { owner: repo.owner, name: repo.repo };
  const inRepo = [];
  const top = [];
  const declare = (name, type, value) => {
    params.push(`$${name}: ${type}`);
    variables[name] = value;
    return `$${name}`;
  };
  (request.files ?? []).forEach((f, i) => {
    const entry = `mode type oid${f.stateOnly ? "" : ` object { ${BLOB} }`}`;
    inRepo.push(
      `f${i}: object(oid: ${declare(`fc${i}`, "GitObjectID!", f.commit)}) { ... on Commit { file(path: ${declare(`fp${i}`, "String!", f.path)}) { ${entry} } } }`
    );
  });
  (request.blobs ?? []).forEach(
    (oid, i) => inRepo.push(`b${i}: object(oid: ${declare(`bo${i}`, "GitObjectID!", oid)}) { ${BLOB} }`)
  );
  if (request.pull) inRepo.push(pullPart(declare("pull", "Int!", request.pull.number), request.pull.details));
  if (request.headPulls !== void 0) {
    inRepo.push(`headCommit: object(oid: ${declare("headSha", "GitObjectID!", request.headPulls)}) { ... on Commit {
      associatedPullRequests(first: ${PAGE}) { totalCount nodes { number state headRefOid baseRefName } }
    } }`);
  }
  if (request.checkRuns) {
    const name = declare("checkName", "String!", request.checkRuns.name);
    const app = declare("appId", "Int", request.checkRuns.appId);
    request.checkRuns.shas.forEach((sha, i) => {
      inRepo.push(`c${i}: object(oid: ${declare(`cs${i}`, "GitObjectID!", sha)}) { ... on Commit {
      checkSuites(first: 10, filterBy: { appId: ${app}, checkName: ${name} }) { nodes {
        checkRuns(first: 10, filterBy: { checkName: ${name}, checkType: LATEST }) { nodes { databaseId status conclusion title summary } }
      } }
    } }`);
    });
  }
  ;
  (request.branches ?? []).forEach((branch, i) => {
    inRepo.push(`br${i}: ref(qualifiedName: ${declare(`branch${i}`, "String!", `refs/heads/${branch}`)}) { ${BRANCH_SETTINGS} }`);
  });
  if (request.mergeQueueOf !== void 0) {
    inRepo.push(`mergeQueue(branch: ${declare("queueBranch", "String", request.mergeQueueOf)}) {
      entries(first: ${PAGE}) { totalCount nodes { position headCommit { oid } pullRequest { number } } }
    }`);
  }
  ;
  (request.teams ?? []).forEach((team, i) => {
    const [org, slug] = team.split("/");
    top.push(
      `t${i}: organization(login: ${declare(`org${i}`, "String!", org)}) { team(slug: ${declare(`team${i}`, "String!", slug)}) { members(first: ${PAGE}) { totalCount nodes { login } } } }`
    );
  });
  const query = `query PromptOpsSnapshot(${params.join(", ")}) {
  repository(owner: $owner, name: $name) {
    ${inRepo.join("\n    ") || "id"}
  }
  ${top.join("\n  ")}
}`;
  return { query, variables };
}
function pullPart(number, details) {
  const state = `number state title url createdAt isCrossRepository changedFiles ${ACTOR}
      headRefName headRefOid headRepository { name owner { login } }
      baseRefName baseRefOid baseRef { target { oid } }`;
  if (!details) return `pullRequest(number: ${number}) { ${state} }`;
  return `pullRequest(number: ${number}) {
      ${state}
      reviews(first: ${PAGE}) { totalCount nodes { databaseId state body submittedAt lastEditedAt editor { __typename login } authorCanPushToRepository ${ACTOR} commit { oid } } }
      reviewRequests(first: ${PAGE}) { totalCount nodes { requestedReviewer { __typename ... on User { login } ... on Bot { login } ... on Team { slug } } } }
      commits(first: ${PAGE}) { totalCount pageInfo { hasNextPage endCursor } nodes { ${COMMIT_PEOPLE} } }
      timelineItems(last: 1, itemTypes: [BASE_REF_CHANGED_EVENT, BASE_REF_FORCE_PUSHED_EVENT]) { nodes { __typename ... on BaseRefChangedEvent { createdAt } ... on BaseRefForcePushedEvent { createdAt } } }
    }`;
}
var COMMIT_PEOPLE = `commit { oid authors(first: ${AUTHORS_PER_COMMIT}) { totalCount nodes { email user { login } } } committer { email user { login } } }`;
function buildCommitsPageQuery(repo, number, after) {
  return {
    query: `query PromptOpsCommits($owner: String!, $name: String!, $pull: Int!, $after: String!) {
  repository(owner: $owner, name: $name) { pullRequest(number: $pull) { commits(first: ${PAGE}, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${COMMIT_PEOPLE} } } } }
}`,
    variables: { owner: repo.owner, name: repo.repo, pull: number, after }
  };
}

// src/adapters/github/graphql/answer.ts
var field = (o, key) => o && typeof o === "object" ? o[key] : void 0;
var isObject = (v) => typeof v === "object" && v !== null;
var objectsIn = (value) => Array.isArray(value) ? value.filter(isObject) : [];
var nodes = (connection) => objectsIn(field(connection, "nodes"));
var total = (connection) => Number(field(connection, "totalCount") ?? 0);
var str = (o, key) => typeof o?.[key] === "string" ? o[key] : null;
var tolerated = (e) => (e.type === "NOT_FOUND" || e.type === "FORBIDDEN") && /^(t\d+|repository\.br\d+|repository\.mergeQueue)(\.|$)/.test((e.path ?? []).join("."));
function mapSnapshot(request, data, errors) {
  const failedAt = (prefix) => errors.some((e) => (e.path ?? []).join(".").startsWith(prefix));
  const fatal = errors.filter((e) => !tolerated(e));
  if (fatal.length > 0)
    throw new Error(`GitHub GraphQL: ${fatal.map((e) => `${e.message}${e.path ? ` (at ${e.path.join(".")})` : ""}`).join("; ")}`);
  const repository = data.repository;
  const snapshot = {
    files: /* @__PURE__ */ new Map(),
    blobs: /* @__PURE__ */ new Map(),
    pull: void 0,
    reviews: null,
    requested: null,
    commits: null,
    commitsCursor: null,
    baseChangedAt: null,
    headPulls: void 0,
    checkRuns: /* @__PURE__ */ new Map(),
    branches: /* @__PURE__ */ new Map(),
    teams: {},
    teamsToPage: [],
    mergeQueue: void 0
  };
  (request.blobs ?? []).forEach((oid, i) => {
    const blob = field(repository, `b${i}`);
    snapshot.blobs.set(oid, blob ? blobText(blob) ?? "refetch" : null);
  });
  (request.files ?? []).forEach(
    (f, i) => snapshot.files.set(fileKey(f.commit, f.path), fileAnswer(field(field(repository, `f${i}`), "file"), f.stateOnly === true))
  );
  if (request.pull) Object.assign(snapshot, pullAnswer(field(repository, "pullRequest"), request.pull.details));
  if (request.headPulls !== void 0)
    snapshot.headPulls = headPullsAnswer(field(field(repository, "headCommit"), "associatedPullRequests"), request.headPulls);
  request.checkRuns?.shas.forEach(
    (sha, i) => snapshot.checkRuns.set(
      sha,
      latestRun(nodes(field(field(repository, `c${i}`), "checkSuites")).flatMap((s) => nodes(field(s, "checkRuns"))))
    )
  );
  (request.branches ?? []).forEach(
    (branch, i) => snapshot.branches.set(
      branch,
      branchSettings(
        branch,
        field(repository, `br${i}`),
        failedAt(`repository.br${i}.branchProtectionRule`),
        failedAt(`repository.br${i}.rules`)
      )
    )
  );
  if (request.mergeQueueOf !== void 0)
    snapshot.mergeQueue = queueAnswer(field(repository, "mergeQueue"), failedAt("repository.mergeQueue"));
  (request.teams ?? []).forEach((team, i) => {
    if (failedAt(`t${i}`)) return;
    const members = field(field(field(data, `t${i}`), "team"), "members");
    if (!members) return;
    if (total(members) > PAGE) snapshot.teamsToPage.push(team);
    else snapshot.teams[team] = nodes(members).map((m) => String(m.login));
  });
  return snapshot;
}
var fileKey = (commit, path) => `${commit}:${path}`;
function fileAnswer(entry, stateOnly) {
  if (!entry) return null;
  const state = { mode: Number(entry.mode).toString(8).padStart(6, "0"), type: String(entry.type), oid: String(entry.oid) };
  if (stateOnly || state.type !== "blob") return state;
  return { ...state, text: blobText(field(entry, "object")) ?? "refetch" };
}
function blobText(blob) {
  if (!blob) return null;
  if (blob.isBinary === true) return { text: null, binary: true };
  const text = blob.text;
  if (blob.isTruncated === true || typeof text !== "string" || text.includes("\uFFFD")) return null;
  if (text.includes("\0")) return { text: null, binary: true };
  return { text, binary: false };
}
function pullAnswer(pull, details) {
  if (!pull) return { pull: void 0 };
  const headRepo = field(pull, "headRepository");
  const author = field(pull, "author");
  const state = {
    number: Number(pull.number),
    state: String(pull.state),
    title: str(pull, "title") ?? "",
    url: str(pull, "url") ?? "",
    createdAt: str(pull, "createdAt") ?? "",
    author: author && typeof author.login === "string" ? { login: restLogin(author), bot: author.__typename === "Bot" } : null,
    headSha: String(pull.headRefOid),
    headRef: str(pull, "headRefName") ?? "",
    headRepo: headRepo ? { owner: String(field(headRepo, "owner")?.login), repo: String(headRepo.name) } : null,
    crossRepository: pull.isCrossRepository === true,
    baseRef: str(pull, "baseRefName") ?? "",
    baseSha: str(field(field(pull, "baseRef"), "target"), "oid") ?? String(pull.baseRefOid),
    changedFiles: Number(pull.changedFiles ?? 0)
  };
  if (!details) return { pull: state };
  const reviews = field(pull, "reviews");
  const requests = field(pull, "reviewRequests");
  const commits = field(pull, "commits");
  const who = nodes(requests).map((n) => field(n, "requestedReviewer"));
  const pageInfo = field(commits, "pageInfo");
  return {
    pull: state,
    reviews: total(reviews) <= PAGE ? nodes(reviews).map(toReview) : null,
    requested: total(requests) <= PAGE ? {
      users: who.flatMap((r) => r && r.__typename !== "Team" && typeof r.login === "string" ? [restLogin(r)] : []),
      teams: who.flatMap((r) => r && r.__typename === "Team" && typeof r.slug === "string" ? [r.slug] : [])
    } : null,
    commits: nodes(commits).map((n) => commitPeople(field(n, "commit"))),
    commitsCursor: pageInfo?.hasNextPage === true ? str(pageInfo, "endCursor") : null,
    baseChangedAt: str(nodes(field(pull, "timelineItems"))[0], "createdAt")
  };
}
function commitPeople(commit) {
  const authors = field(commit, "authors");
  const actors = [...nodes(authors), field(commit, "committer")].filter(Boolean);
  const logins = /* @__PURE__ */ new Set();
  const unresolved = /* @__PURE__ */ new Set();
  for (const actor of actors) {
    const login = str(field(actor, "user"), "login");
    if (login) logins.add(login);
    else {
      const email = str(actor, "email");
      if (email) unresolved.add(email);
    }
  }
  return {
    oid: str(commit, "oid") ?? "",
    logins: [...logins],
    unresolved: [...unresolved],
    truncated: total(authors) > AUTHORS_PER_COMMIT
  };
}
function headPullsAnswer(connection, sha) {
  if (total(connection) > PAGE) return null;
  return nodes(connection).filter((n) => n.state === "OPEN" && n.headRefOid === sha).map((n) => ({ number: Number(n.number), baseRef: str(n, "baseRefName") ?? "" })).sort((a, b) => a.number - b.number);
}
function latestRun(runs) {
  const latest = runs.reduce((best, r) => best && Number(best.databaseId) > Number(r.databaseId) ? best : r, null);
  if (!latest) return null;
  return {
    id: Number(latest.databaseId),
    status: String(latest.status).toLowerCase(),
    conclusion: typeof latest.conclusion === "string" && latest.conclusion ? latest.conclusion.toLowerCase() : null,
    title: str(latest, "title"),
    summary: str(latest, "summary")
  };
}
function queueAnswer(queue, failed) {
  if (failed || !queue) return null;
  const entries = field(queue, "entries");
  if (total(entries) > PAGE) return null;
  return nodes(entries).map((e) => ({
    number: Number(field(field(e, "pullRequest"), "number")),
    headSha: str(field(e, "headCommit"), "oid"),
    position: Number(e.position)
  })).sort((a, b) => a.position - b.position);
}
function toReview(node) {
  const author = field(node, "author");
  const submitted = str(node, "submittedAt");
  const canPush2 = field(node, "authorCanPushToRepository");
  return {
    id: Number(field(node, "databaseId")),
    user: author && typeof author.login === "string" ? { login: restLogin(author), type: author.__typename === "Bot" ? "Bot" : "User" } : null,
    // A non-null enum in GitHub's schema; '' (matches no state) if it were ever missing.
    state: str(node, "state") ?? "",
    commit_id: str(field(node, "commit"), "oid"),
    body: str(node, "body"),
    ...submitted ? { submitted_at: submitted } : {},
    ...typeof canPush2 === "boolean" ? { author_can_push: canPush2 } : {},
    body_written_by: bodyWriter(node, author)
  };
}
function bodyWriter(node, author) {
  const editor = field(node, "editor");
  if (str(node, "lastEditedAt") === null) return author && typeof author.login === "string" ? restLogin(author) : null;
  return editor && typeof editor.login === "string" ? restLogin(editor) : null;
}
var restLogin = (actor) => actor.__typename === "Bot" ? `${String(actor.login)}[bot]` : String(actor.login);

// src/adapters/github/graphql/read.ts
var FILES_PER_QUERY = 100;
var MAX_COMMIT_PAGES = 30;
async function readSnapshot(client, repo, request) {
  const files = dedupe(request.files ?? []);
  const blobs = [...new Set(request.blobs ?? [])];
  const chunks = [];
  for (let i = 0; i < files.length; i += FILES_PER_QUERY) chunks.push({ files: files.slice(i, i + FILES_PER_QUERY) });
  for (let i = 0; i < blobs.length; i += FILES_PER_QUERY) chunks.push({ blobs: blobs.slice(i, i + FILES_PER_QUERY) });
  const [first = {}, ...rest] = chunks;
  const [out, others] = await Promise.all([
    runQuery(client, repo, { ...request, files: [], blobs: [], ...first }),
    Promise.all(rest.map((chunk) => runQuery(client, repo, chunk)))
  ]);
  for (const more of others) {
    for (const [k2, v] of more.files) out.files.set(k2, v);
    for (const [k2, v] of more.blobs) out.blobs.set(k2, v);
  }
  return out;
}
async function remainingCommits(client, repo, number, first) {
  const commits = [...first.commits ?? []];
  let cursor = first.commitsCursor;
  for (let page = 1; cursor !== null; page++) {
    if (page >= MAX_COMMIT_PAGES) return null;
    const { query, variables } = buildCommitsPageQuery(repo, number, cursor);
    const data = await client.graphql(query, variables);
    const connection = field(field(field(data, "repository"), "pullRequest"), "commits");
    const nodes2 = objectsIn(field(connection, "nodes"));
    commits.push(...nodes2.map((n) => commitPeople(field(n, "commit"))));
    const info = field(connection, "pageInfo");
    cursor = info?.hasNextPage === true && typeof info.endCursor === "string" ? info.endCursor : null;
  }
  return commits;
}
async function runQuery(client, repo, request) {
  const { query, variables } = buildSnapshotQuery(repo, request);
  let data;
  let errors = [];
  try {
    data = await client.graphql(query, variables);
  } catch (error) {
    const partial = error;
    if (!partial.data && (request.branches !== void 0 || request.mergeQueueOf !== void 0) && partial.errors?.some(isUnknownOptionalField)) {
      const { branches: _unknown, mergeQueueOf, ...rest } = request;
      const snapshot = await runQuery(client, repo, rest);
      return { ...snapshot, ...mergeQueueOf !== void 0 ? { mergeQueue: null } : {} };
    }
    if (!partial.data || !partial.errors) throw error;
    data = partial.data;
    errors = partial.errors;
  }
  return mapSnapshot(request, data, errors);
}
var isUnknownOptionalField = (e) => /\b(rules|branchProtectionRule|requiredStatusChecks|RequiredStatusChecksParameters|PullRequestParameters|integrationId|app|requireLastPushApproval|allowsForcePushes|allowsDeletions|mergeQueue|MergeQueue)\b/.test(
  e.message
) && /doesn't exist|does not exist|unknown type|cannot query field/i.test(e.message);
function dedupe(files) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of files) {
    const key = `${f.commit}:${f.path}`;
    const known = seen.get(key);
    if (!known || known.stateOnly && !f.stateOnly) seen.set(key, f);
  }
  return [...seen.values()];
}

// src/adapters/github/file-states.ts
async function readFileStates(client, repo, cache, refs, extra = null) {
  const cacheKey = (ref) => `${repoKey(client, repo)}@${fileKey(ref.commit, ref.path)}`;
  const known = /* @__PURE__ */ new Map();
  const missing = [];
  for (const ref of refs) {
    const key = cacheKey(ref);
    const cached = cache.states.has(key) ? cache.states.get(key) : void 0;
    if (cached !== void 0 && (ref.stateOnly || cached === null || cached.text !== void 0))
      known.set(fileKey(ref.commit, ref.path), cached);
    else missing.push(ref);
  }
  const snapshot = missing.length > 0 || extra !== null ? await readSnapshot(client, repo, { ...extra ?? {}, files: missing }) : null;
  for (const ref of missing) {
    const answer = snapshot?.files.get(fileKey(ref.commit, ref.path));
    if (answer === void 0) throw new Error(`internal: ${fileKey(ref.commit, ref.path)} was not read`);
    let state = answer === null ? null : { mode: answer.mode, type: answer.type, oid: answer.oid };
    if (state !== null && answer !== null && answer.text !== void 0)
      state = { ...state, ...await withText(client, repo, ref, answer.text) };
    if (isCommitSha(ref.commit)) cache.states.set(cacheKey(ref), state);
    known.set(fileKey(ref.commit, ref.path), state);
  }
  return { lookup: (commit, path) => known.get(fileKey(commit, path)), snapshot };
}
async function withText(client, repo, ref, text) {
  if (text !== void 0 && text !== "refetch" && !text.binary && text.text !== null)
    return { text, digest: sha256(Buffer.from(text.text, "utf8")) };
  const bytes = await readContent(client, repo, ref.path, ref.commit);
  if (bytes === null) return { text: null, digest: null };
  return { text: decodeText(bytes), digest: sha256(bytes) };
}
var sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

// src/adapters/github/approval-binding.ts
async function changedSinceApprovals(client, repo, cache, input) {
  const out = {};
  if (input.approved.length === 0) return out;
  const paths = (c) => c.entries.flatMap((e) => [e.path, ...e.oldPath ? [e.oldPath] : []]);
  const currentPaths = paths(input.current);
  const compared = [];
  for (const commit of input.approved) {
    const cmp = await compareCommits(client, repo, cache, input.base, commit, null).catch((error) => {
      if (error.status === 404 || error.status === 422) return null;
      throw error;
    });
    if (cmp === null || cmp.incomplete !== null || input.current.incomplete !== null) continue;
    compared.push({ commit, cmp, governed: [.../* @__PURE__ */ new Set([...paths(cmp), ...currentPaths])].filter(input.isGoverned) });
  }
  const refs = compared.flatMap(
    ({ commit, cmp, governed }) => governed.flatMap(
      (path) => [cmp.mergeBase, commit, input.current.mergeBase, input.head].map((at) => ({ commit: at, path, stateOnly: true }))
    )
  );
  const { lookup } = await readFileStates(client, repo, cache, refs);
  for (const { commit, cmp } of compared) {
    const at = { approvedBase: cmp.mergeBase, approved: commit, currentBase: input.current.mergeBase, head: input.head };
    out[commit] = changedSinceApproval({
      approvedPaths: paths(cmp),
      currentPaths,
      isGoverned: input.isGoverned,
      state: (which, path) => {
        const s = lookup(at[which], path);
        return s ? `${s.mode}:${s.oid}` : null;
      }
    });
  }
  return out;
}

// src/adapters/github/include-files.ts
async function includedFiles(client, repo, cache, revisions, entries, classify) {
  const candidates = new Set(
    entries.filter((e) => (e.status === "removed" || !classify.needsContent(e.path)) && !classify.isPolicyFile(e.path)).map((e) => e.path)
  );
  if (candidates.size === 0) return {};
  const out = {};
  for (const revision of new Set(revisions)) {
    const found = await includedAt(client, repo, cache, revision, candidates, classify);
    if ("unknown" in found) return found;
    for (const [path, roots] of Object.entries(found)) for (const root of roots) (out[path] ??= /* @__PURE__ */ new Set()).add(root);
  }
  return Object.fromEntries(Object.entries(out).map(([path, roots]) => [path, [...roots].sort()]));
}
async function includedAt(client, repo, cache, revision, candidates, classify) {
  const { data } = await client.rest.git.getTree({ ...repo, tree_sha: revision, recursive: "true" });
  if (data.truncated)
    return {
      unknown: "the repository tree is too large for GitHub to list in full, so files that templates include cannot be found"
    };
  const oids = new Map(
    data.tree.filter((e) => e.type === "blob" && typeof e.path === "string" && typeof e.sha === "string").map((e) => [e.path, e.sha])
  );
  const paths = [...oids.keys()];
  return includedChangedFiles({
    paths: new Set(paths),
    templates: paths.filter((p) => classify.isTemplate(p)),
    candidates,
    read: async (wanted) => {
      const key = (oid) => `${repoKey(client, repo)} ${oid}`;
      const oidOf = (path) => {
        const oid = oids.get(path);
        if (oid === void 0) throw new Error(`include walk asked for ${path}, which is not a file in the tree at ${revision}`);
        return oid;
      };
      const missing = [...new Set(wanted.map(oidOf).filter((oid) => !cache.blobTexts.has(key(oid))))];
      if (missing.length > 0) {
        const answer = await readSnapshot(client, repo, { blobs: missing });
        for (const oid of missing) {
          const got = answer.blobs.get(oid);
          const text = got === "refetch" || got?.binary === true ? includeScanText(await readBlob(client, repo, oid)) : got?.text ?? null;
          cache.blobTexts.set(key(oid), text);
        }
      }
      return new Map(wanted.map((p) => [p, cache.blobTexts.get(key(oidOf(p)))]));
    }
  }).catch((error) => {
    if (error instanceof IncludeDepthError) return { unknown: error.message };
    throw error;
  });
}

// src/adapters/github/pull-facts.ts
function teamsNamed(owners, config) {
  const tiers = [config.routing.low, config.routing.medium, config.routing.high, config.routing.critical];
  const classApprovers = Object.values(config.dataClasses.classes).flatMap((c) => c.approvers ?? []);
  const all = [
    ...owners,
    ...tiers.flatMap((t) => t.require),
    ...config.routing.overriders,
    ...config.routing.policyOwners,
    ...classApprovers
  ];
  return [...new Set(all.filter((o) => /^@[^/@\s]+\/[^/\s]+$/.test(o)).map((o) => o.slice(1)))].sort();
}
async function loadTeams(client, teams) {
  const out = {};
  for (const team of teams) {
    const [org, slug] = team.split("/");
    try {
      out[team] = (await client.paginate("GET /orgs/{org}/teams/{team_slug}/members", { org, team_slug: slug, per_page: 100 })).map((m) => m.login);
    } catch (error) {
      if (error.status !== 404 && error.status !== 403) throw error;
    }
  }
  return out;
}
async function reviewsWithAccess(client, repo, number, fromSnapshot) {
  if (fromSnapshot !== null) return fromSnapshot;
  const listed = await client.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
    ...repo,
    pull_number: number,
    per_page: 100
  });
  const reviews = listed.map((r) => ({
    id: Number(r.id),
    user: r.user ? { login: r.user.login, type: r.user.type } : null,
    state: r.state,
    commit_id: r.commit_id ?? null,
    body: r.body ?? null,
    ...r.submitted_at ? { submitted_at: r.submitted_at } : {},
    // REST does not say whether someone else edited the body since.
    body_written_by: null
  }));
  const logins = [...new Set(reviews.flatMap((r) => r.user && r.user.type !== "Bot" ? [r.user.login] : []))];
  const access = new Map(await mapLimit(logins, 4, async (login) => [login, await canPush(client, repo, login)]));
  return reviews.map((r) => {
    const canPushNow = r.user ? access.get(r.user.login) : void 0;
    return canPushNow === void 0 ? r : { ...r, author_can_push: canPushNow };
  });
}
async function canPush(client, repo, username) {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
    return data.permission === "admin" || data.permission === "write" || data.permission === "maintain";
  } catch (error) {
    if (error.status === 404) return false;
    throw error;
  }
}

// src/adapters/github/pushers.ts
var MAX_PAGES = 10;
var PUSHES = /* @__PURE__ */ new Set(["push", "force_push", "branch_creation", "pr_merge", "merge_queue_merge"]);
var WORKFLOW_TOKEN = "github-actions[bot]";
async function pushersOf(client, headRepo, ref, commits) {
  if (headRepo === null) return { unknown: "the head repository was deleted" };
  const pushers = /* @__PURE__ */ new Set();
  try {
    let pages = 0;
    for await (const { data } of client.paginate.iterator("GET /repos/{owner}/{repo}/activity", {
      ...headRepo,
      ref: `refs/heads/${ref}`,
      per_page: 100,
      direction: "desc"
    })) {
      if (++pages > MAX_PAGES) return { unknown: `${ref} has more than ${MAX_PAGES * 100} recorded pushes` };
      for (const a of data) {
        if (!PUSHES.has(a.activity_type) || !commits.has(a.after)) continue;
        if (!a.actor) return { unknown: `a push to ${ref} has no recorded actor` };
        if (a.actor.login.toLowerCase() === WORKFLOW_TOKEN)
          return {
            unknown: `a GitHub Actions workflow pushed ${a.after.slice(0, 7)} to ${ref}, and any account with write access can make one push; push the commits as a person`
          };
        pushers.add(a.actor.login);
      }
    }
    return { known: [...pushers] };
  } catch (error) {
    const status = error.status;
    if (status === 403 || status === 404)
      return { unknown: `the push history of ${headRepo.owner}/${headRepo.repo} is not readable (HTTP ${status})` };
    throw error;
  }
}

// src/flows/decide-pull.ts
async function decidePull(client, repo, cache, pull, policyRef, now, options = {}) {
  const policyKey = `${repoKey(client, repo)}@${policyRef}`;
  const cachedPolicy = isCommitSha(policyRef) && cache.policies.has(policyKey) ? cache.policies.get(policyKey) : null;
  const policyRefs = cachedPolicy ? [] : POLICY_PATHS.map((path) => ({ commit: policyRef, path }));
  const extra = options.prefetched ? null : { ...options.observe, pull: { number: pull.number, details: true } };
  const [comparison, firstRead] = await Promise.all([
    compareCommits(client, repo, cache, pull.baseSha, pull.headSha, pull.number),
    readFileStates(client, repo, cache, policyRefs, extra)
  ]);
  const observed = options.prefetched ?? firstRead.snapshot;
  if (!observed) throw new Error(`internal: pull request #${pull.number} was not read`);
  const policy = cachedPolicy ?? policyFrom(new Map(POLICY_PATHS.map((p) => [p, textOf(firstRead.lookup(policyRef, p))])));
  if (!cachedPolicy && isCommitSha(policyRef)) cache.policies.set(policyKey, policy);
  if (!policy.configFound) return { kind: "no-config", observed };
  if (!policy.config.ok) return { kind: "invalid-config", message: policy.config.error.message, observed };
  const config = policy.config.value;
  const classify = classifier(config);
  if (comparison.incomplete)
    return {
      kind: "incomplete",
      reason: `${comparison.incomplete}: PromptOps cannot see every changed file, so it cannot vouch for this change. Split the pull request.`,
      observed
    };
  const includes = await includedFiles(
    client,
    repo,
    cache,
    [pull.headSha, pull.baseSha, ...options.includesAt ?? []],
    comparison.entries,
    classify
  );
  if ("unknown" in includes) return { kind: "incomplete", reason: includes.unknown, observed };
  const included = includes;
  const ownedPaths = [
    .../* @__PURE__ */ new Set([
      ...comparison.entries.flatMap((e) => [e.path, ...e.oldPath ? [e.oldPath] : []]),
      ...Object.values(included).flat()
    ])
  ];
  const owners = ownersForPaths(ownedPaths, policy.codeowners?.text, config.owners);
  const removedTemplates = comparison.entries.filter((e) => e.status === "removed" && (classify.isTemplate(e.path) || included[e.path] !== void 0)).map((e) => e.path);
  const mayStandIn = (e) => e.status !== "removed" && removedTemplates.some((p) => p.startsWith(`${e.path}/`));
  const isGoverned = (e) => needsContent(classify, e) || included[e.path] !== void 0 || mayStandIn(e);
  const governed = comparison.entries.filter(isGoverned);
  const teams = teamsNamed(
    ownedPaths.flatMap((p) => owners[p] ?? []),
    config
  );
  const sideRefs = governed.flatMap(
    (e) => Object.values(sidesOf(e, comparison.mergeBase, pull.headSha)).filter((s) => s !== null).map((s) => ({ commit: s.sha, path: s.path }))
  );
  const main = await readFileStates(client, repo, cache, sideRefs, teams.length > 0 ? { teams } : null);
  const files = comparison.entries.map(
    (e) => isGoverned(e) ? toFileChange(e, comparison.mergeBase, pull.headSha, main.lookup, included[e.path]) : { ...e, baseText: null, headText: null }
  );
  if (options.requireGoverned && !touchesGoverned(files, config)) return { kind: "ungoverned", observed };
  const ownersOf = (p) => owners[p] ?? [];
  const report = scoreChanges({ files, config, ownersOf, now, codeownersAtBase: policy.codeownersPaths });
  const tier = config.routing[report.policyFiles.length > 0 ? maxLevel([report.level, "high"]) : report.level];
  const classApprovers = dataClassApprovals(report, config).some((c) => c.approvers.length > 0);
  const needsHumans = tier.approvals > 0 || tier.allOwners || tier.require.length > 0 || report.policyFiles.length > 0 || classApprovers;
  const facts = needsHumans || options.loadFacts === "always" ? await pullFacts(client, repo, cache, pull, {
    report,
    config,
    comparison,
    observed,
    teamsRead: { asked: teams, answered: main.snapshot },
    ownersOf,
    isGoverned: (p) => classify.needsContent(p) || classify.isPolicyFile(p) || included[p] !== void 0
  }) : {
    author: pull.author,
    coAuthors: [],
    reviews: [],
    teams: {},
    headSha: pull.headSha,
    changedSince: {},
    writeAccessKnown: true
  };
  const decision = evaluateRouting(routingInput(report, config, facts, ownersOf));
  return { kind: "decided", policy, config, files, report, facts, decision, observed };
}
function touchesGoverned(files, config) {
  const c = classifier(config);
  const runs = (f) => runsPromptOps(f.baseText) || runsPromptOps(f.headText);
  const governed = (p, f) => c.isTemplate(p) || c.isPolicyFile(p) || c.isMemoryFile(p) || c.isWorkflow(p) && runs(f);
  return files.some(
    (f) => governed(f.path, f) || f.oldPath !== void 0 && governed(f.oldPath, f) || (f.includedBy?.length ?? 0) > 0
  );
}
function toFileChange(e, mergeBase, head, lookup, includedBy) {
  const sides = sidesOf(e, mergeBase, head);
  const b = sides.base ? lookup(sides.base.sha, sides.base.path) : null;
  const h = sides.head ? lookup(sides.head.sha, sides.head.path) : null;
  const missing = sides.base && !b || sides.head && !h;
  return {
    ...e,
    baseText: b?.text?.text ?? null,
    headText: h?.text?.text ?? null,
    ...b ? { baseMode: b.mode, baseDigest: b.digest ?? null } : {},
    ...h ? { headMode: h.mode, headDigest: h.digest ?? null } : {},
    ...b?.text?.binary || h?.text?.binary ? { binary: true } : {},
    ...missing ? { unreadable: "GitHub did not return this side of the file" } : {},
    ...includedBy ? { includedBy } : {}
  };
}
async function pullFacts(client, repo, cache, pull, ctx) {
  const reviews = await reviewsWithAccess(client, repo, pull.number, ctx.observed.reviews);
  const commits = await remainingCommits(client, repo, pull.number, ctx.observed);
  const named = teamsNamed(
    [...ctx.report.templates.flatMap((t) => t.owners), ...ctx.report.policyFiles.flatMap(ctx.ownersOf)],
    ctx.config
  );
  const known = ctx.teamsRead.answered?.teams ?? {};
  const toPage = named.filter(
    (t) => !ctx.teamsRead.asked.includes(t) || (ctx.teamsRead.answered?.teamsToPage.includes(t) ?? false)
  );
  const teams = { ...known, ...await loadTeams(client, toPage) };
  const people = commits === null ? null : new Set(commits.flatMap((c) => c.logins).filter((l) => !isBot({ login: l })));
  const approvedCommits = [
    ...new Set(
      reviews.flatMap((r) => r.state === "APPROVED" && r.commit_id && r.commit_id !== pull.headSha ? [r.commit_id] : [])
    )
  ];
  return {
    author: pull.author,
    coAuthors: people === null ? [] : [...people].filter((l) => l.toLowerCase() !== pull.author.toLowerCase()),
    pushers: await pushersFor(client, ctx.observed, commits, ctx.comparison.totalCommits),
    reviews,
    teams: Object.fromEntries(named.flatMap((t) => Object.hasOwn(teams, t) ? [[t, teams[t] ?? []]] : [])),
    headSha: pull.headSha,
    changedSince: await changedSinceApprovals(client, repo, cache, {
      base: pull.baseSha,
      head: pull.headSha,
      current: ctx.comparison,
      approved: approvedCommits,
      isGoverned: ctx.isGoverned
    }),
    baseChangedAt: ctx.observed.baseChangedAt,
    writeAccessKnown: true
  };
}
async function pushersFor(client, observed, commits, total2) {
  if (commits === null) return { unknown: "the pull request has too many commits to read" };
  if (commits.length < total2) return { unknown: `the pull request has ${total2} commits and GitHub listed ${commits.length}` };
  const crowded = commits.find((c) => c.truncated);
  if (crowded)
    return { unknown: `commit ${crowded.oid.slice(0, 7)} names more co-authors than PromptOps reads (${AUTHORS_PER_COMMIT})` };
  if (!observed.pull) return { unknown: "the pull request could not be read" };
  return pushersOf(client, observed.pull.headRepo, observed.pull.headRef, new Set(commits.map((c) => c.oid)));
}
var textOf = (state) => state ? state.text ?? null : null;

export {
  createGitHubCache,
  loadBaseConfig,
  decidePull
};
