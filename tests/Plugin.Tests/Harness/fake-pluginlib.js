// A stand-in for Headlamp's window.pluginLib that records instead of drawing.
// React.createElement returns plain element records; MUI and CommonComponents are named fakes; the K8s classes,
// ApiProxy and Pod.exec answer from the scenario the test installed (globalThis.__scenario); register* calls are
// recorded. __harness.render(component) runs a function component with a small hook implementation (state,
// effects, memo, refs, per-instance slots checked for a stable hook order) and returns the rendered tree as data.
(function (g) {
  'use strict';
  const scenario = () => g.__scenario;
  const registrations = { sidebar: [], routes: [], calls: [] };
  const requests = [];
  const execs = [];

  // ---- React ---------------------------------------------------------------------------------------------
  const FRAGMENT = { fake: 'Fragment' };
  const FORWARD_REF = Symbol.for('react.forward_ref');

  function createElement(type, props, ...children) {
    if (type === undefined || type === null) throw new Error('createElement: element type is ' + type);
    const p = Object.assign({}, props || {});
    if (children.length === 1) p.children = children[0];
    else if (children.length > 1) p.children = children;
    return { $$element: true, type, props: p };
  }

  let current = null; // the component instance whose hooks are being called
  const instances = new Map();
  let pendingEffects = [];
  let handles = new Map();
  let nextHandle = 1;
  const tabState = new Map();
  const tableState = new Map();
  let dirty = false;

  function depsChanged(prev, next) {
    if (prev === undefined || next === undefined || next === null) return true;
    if (prev.length !== next.length) throw new Error('hook dependency array changed length');
    for (let i = 0; i < next.length; i++) if (!Object.is(prev[i], next[i])) return true;
    return false;
  }

  function slot(kind) {
    if (!current) throw new Error('Invalid hook call: ' + kind + ' outside a component render');
    const inst = current;
    const i = inst.cursor++;
    if (inst.mounted && i >= inst.slots.length) throw new Error('Rendered more hooks than during the previous render (' + kind + ')');
    if (!inst.mounted) inst.slots.push({ kind });
    const s = inst.slots[i];
    if (s.kind !== kind) throw new Error('Hook order changed: expected ' + s.kind + ', got ' + kind);
    return s;
  }

  function useState(initial) {
    const s = slot('useState');
    if (!('value' in s)) {
      s.value = typeof initial === 'function' ? initial() : initial;
      s.set = (next) => {
        const value = typeof next === 'function' ? next(s.value) : next;
        if (!Object.is(value, s.value)) { s.value = value; dirty = true; }
      };
    }
    return [s.value, s.set];
  }

  function useEffect(effect, deps) {
    const s = slot('useEffect');
    if (typeof effect !== 'function') throw new Error('useEffect needs a function');
    if (depsChanged(s.deps, deps)) {
      s.deps = deps;
      pendingEffects.push({ s, effect });
    }
  }

  function useMemo(factory, deps) {
    const s = slot('useMemo');
    if (depsChanged(s.deps, deps)) { s.deps = deps; s.value = factory(); }
    return s.value;
  }

  function useCallback(callback, deps) {
    const s = slot('useCallback');
    if (depsChanged(s.deps, deps)) { s.deps = deps; s.value = callback; }
    return s.value;
  }

  function useRef(initial) {
    const s = slot('useRef');
    if (!('ref' in s)) s.ref = { current: initial };
    return s.ref;
  }

  function forwardRef(name) {
    return { $$typeof: FORWARD_REF, displayName: name, render: () => { throw new Error(name + ' was rendered through its render function'); } };
  }

  const React = { createElement, Fragment: FRAGMENT, useState, useEffect, useMemo, useCallback, useRef };

  // ---- named fakes -------------------------------------------------------------------------------------
  function fake(name) { const f = function () { throw new Error(name + ' is a component: create it with createElement, do not call it'); }; f.fake = name; return f; }
  const muiNames = ['Box', 'Typography', 'Grid', 'Stack', 'TextField', 'Select', 'MenuItem', 'Chip', 'Tooltip', 'Button',
    'Tabs', 'Tab', 'Alert', 'AlertTitle', 'Dialog', 'DialogTitle', 'DialogContent', 'DialogActions', 'Pagination',
    'TablePagination', 'Paper', 'Divider', 'Link', 'IconButton', 'CircularProgress', 'Switch', 'FormControlLabel'];
  const MuiMaterial = {};
  for (const n of muiNames) MuiMaterial[n] = fake(n);
  const ccNames = ['SectionBox', 'SectionHeader', 'SimpleTable', 'Table', 'ResourceListView', 'NameValueTable', 'Link',
    'Loader', 'Tabs', 'EmptyContent', 'ErrorPage', 'DateLabel', 'ObjectEventList', 'ViewButton', 'EditorDialog',
    'ConfirmDialog', 'MainInfoSection', 'DetailsGrid', 'TileChart', 'PercentageCircle', 'ConditionsTable'];
  const CommonComponents = {};
  for (const n of ccNames) CommonComponents[n] = fake(n);
  CommonComponents.StatusLabel = forwardRef('StatusLabel');

  // ---- K8s ---------------------------------------------------------------------------------------------
  function matchesSelector(labels, selector) {
    if (!selector) return true;
    return selector.split(',').every((term) => {
      const t = term.trim();
      if (!t) return true;
      const eq = t.indexOf('=');
      if (eq < 0) return labels && Object.prototype.hasOwnProperty.call(labels, t);
      const key = t.slice(0, eq).replace(/!$/, '');
      const value = t.slice(eq + 1).replace(/^=/, '');
      const has = labels && labels[key] === value;
      return t.slice(0, eq).endsWith('!') ? !has : has;
    });
  }

  // Field selectors as the API server applies them: comma-joined `path=value` over the object's JSON
  // (e.g. spec.nodeName=kmesh-worker); a missing field is "".
  function matchesFields(item, selector) {
    if (!selector) return true;
    return selector.split(',').every((term) => {
      const eq = term.indexOf('=');
      const value = term.slice(0, eq).split('.').reduce((o, k) => (o == null ? undefined : o[k]), item);
      return (value === undefined || value === null ? '' : String(value)) === term.slice(eq + 1);
    });
  }

  function apiError(e) {
    const err = new Error(e.message);
    err.status = e.status;
    return err;
  }

  function makeClass(kind, apiInfo) {
    const K = class {
      constructor(json) { this.jsonData = json; this.cluster = 'test-cluster'; }
      get metadata() { return this.jsonData.metadata; }
      get kind() { return this.jsonData.kind; }
      getName() { return this.jsonData.metadata.name; }
      getNamespace() { return this.jsonData.metadata.namespace; }
      getDetailsLink() { return '/c/test-cluster/details/' + kind + '/' + this.getName(); }
      static useList(opts) {
        const o = opts || {};
        registrations.calls.push({ hook: 'useList', kind: K.kind, namespace: o.namespace || null, labelSelector: o.labelSelector || null,
          fieldSelector: o.fieldSelector || null });
        useMemo(() => null, [K.kind]); // real useList calls hooks internally: keep the slot count honest
        const entry = (scenario().lists || {})[K.kind];
        const style = scenario().listStyle || 'object';
        let items = null, error = null;
        if (entry === undefined || entry === 'loading') items = null;
        else if (entry.error) { items = style === 'object' ? [] : null; error = apiError(entry.error); }
        else items = entry.items
          .filter((it) => !o.namespace || (it.metadata && it.metadata.namespace === o.namespace))
          .filter((it) => matchesSelector(it.metadata && it.metadata.labels, o.labelSelector))
          .filter((it) => matchesFields(it, o.fieldSelector))
          .map((it) => new K(it));
        if (style === 'array') return [items, error];
        return { items, error, errors: error ? [error] : null, isLoading: items === null && !error,
          *[Symbol.iterator]() { yield items; yield error; } };
      }
      static useGet(name, namespace) {
        registrations.calls.push({ hook: 'useGet', kind: K.kind, name, namespace: namespace || null });
        useMemo(() => null, [K.kind]);
        const entry = (scenario().lists || {})[K.kind];
        let data = null, error = null;
        if (entry === undefined || entry === 'loading') data = null;
        else if (entry.error) error = apiError(entry.error);
        else {
          const found = entry.items.find((it) => it.metadata.name === name && (!namespace || it.metadata.namespace === namespace));
          if (found) data = new K(found); else error = apiError({ status: 404, message: 'Not Found - ' + kind + ' "' + name + '" not found' });
        }
        if ((scenario().listStyle || 'object') === 'array') return [data, error];
        return { data, error, isLoading: data === null && !error, *[Symbol.iterator]() { yield data; yield error; } };
      }
    };
    K.kind = kind;
    K.apiInfo = apiInfo;
    return K;
  }

  const ResourceClasses = {};
  for (const k of ['Namespace', 'Service', 'Node', 'DaemonSet', 'Deployment', 'ConfigMap']) ResourceClasses[k] = makeClass(k, []);
  // As in Headlamp's lib: Event is not in ResourceClasses but the default export of K8s.event.
  const EventClass = makeClass('Event', []);
  const Pod = makeClass('Pod', []);
  Pod.prototype.exec = function (container, onData, options) {
    const opts = options || {};
    const call = { pod: this.getName(), namespace: this.getNamespace(), container, command: opts.command || ['sh'],
      tty: opts.tty, stdin: opts.stdin, cancelled: false };
    execs.push(call);
    const reply = (scenario().exec || (() => ({ close: true })))(call);
    // reply.frameBytes splits each channel's bytes into messages of that many bytes (a character may be split).
    const send = (channel, text) => {
      const all = utf8(text);
      const size = reply.frameBytes > 0 ? reply.frameBytes : Math.max(1, all.length);
      for (let start = 0; start < all.length; start += size) {
        const bytes = [channel];
        for (let i = start; i < all.length && i < start + size; i++) bytes.push(all[i]);
        onData(new Uint8Array(bytes).buffer);
      }
    };
    Promise.resolve().then(() => {
      if (call.cancelled) return;
      if (reply.stdout) send(1, reply.stdout);
      if (reply.stderr) send(2, reply.stderr);
      if (reply.status) send(3, reply.status);
      if (opts.failCb) opts.failCb();
    });
    return { cancel() { call.cancelled = true; }, getSocket() { return null; } };
  };
  ResourceClasses.Pod = Pod;

  const crdClasses = {};
  const Crd = {
    makeCustomResourceClass(args) {
      if (Array.isArray(args)) throw new Error('use the object form of makeCustomResourceClass (Headlamp >= 0.26)');
      registrations.calls.push({ crd: args.kind, apiInfo: args.apiInfo, pluralName: args.pluralName, singularName: args.singularName, isNamespaced: args.isNamespaced });
      const K = makeClass(args.kind, args.apiInfo);
      crdClasses[args.kind] = K;
      return K;
    },
  };

  // A plain GET of a namespace's pod list, answered from the scenario's Pod list as the API server answers it: the
  // list's error, label and field selectors, and pages of `limit` items with an opaque continue token.
  function podListAnswer(path) {
    const m = /^\/api\/v1\/namespaces\/([^/?]+)\/pods(?:\?(.*))?$/.exec(path);
    if (!m) return null;
    const params = {};
    for (const part of (m[2] || '').split('&')) {
      const eq = part.indexOf('=');
      if (eq > 0) params[decodeURIComponent(part.slice(0, eq))] = decodeURIComponent(part.slice(eq + 1));
    }
    const q = { get: (k) => params[k] || null };
    const entry = (scenario().lists || {}).Pod;
    // RBAC answers at once (Headlamp's useList only reports a 403 when its retries end).
    if ((scenario().denied || []).includes('list pods')) {
      return { status: 403, body: JSON.stringify({ kind: 'Status', message: 'pods is forbidden: User "viewer" cannot list resource "pods" in API group "" in the namespace "' + decodeURIComponent(m[1]) + '"' }) };
    }
    if (entry === undefined || entry === 'loading') return 'loading';
    if (entry.error) return { status: entry.error.status, body: JSON.stringify({ kind: 'Status', message: entry.error.message }) };
    const ns = decodeURIComponent(m[1]);
    const all = entry.items
      .filter((it) => it.metadata && it.metadata.namespace === ns)
      .filter((it) => matchesSelector(it.metadata.labels, q.get('labelSelector')))
      .filter((it) => matchesFields(it, q.get('fieldSelector')));
    const start = q.get('continue') ? Number(q.get('continue').slice(5)) : 0;
    const limit = q.get('limit') ? Number(q.get('limit')) : all.length;
    const items = all.slice(start, start + limit);
    const metadata = { resourceVersion: '1' };
    if (start + limit < all.length) metadata.continue = 'after' + (start + limit);
    return { status: 200, body: JSON.stringify({ kind: 'PodList', apiVersion: 'v1', metadata, items }) };
  }

  // ---- ApiProxy ----------------------------------------------------------------------------------------
  const ApiProxy = {
    request(path, params, autoLogoutOnAuthError) {
      const p = params || {};
      requests.push({ path, method: p.method || 'GET', body: p.body || null, isJSON: p.isJSON,
        autoLogoutOnAuthError: autoLogoutOnAuthError === undefined ? p.autoLogoutOnAuthError : autoLogoutOnAuthError });
      const method = (p.method || 'GET').toUpperCase();
      const table = scenario().requests || {};
      const prefixed = Object.keys(table).find((k) => k.startsWith('PREFIX ') && path.startsWith(k.slice(7)));
      let answer = (method !== 'GET' && table[method + ' ' + path]) || (method === 'GET' && table[path])
        || (prefixed && table[prefixed]) || (method === 'GET' && podListAnswer(path)) || { status: 404, body: '404 page not found\n' };
      if (answer === 'loading') return new Promise(() => {});
      if (Array.isArray(answer)) {
        const seen = requests.filter((r) => r.path === path && (r.method || 'GET').toUpperCase() === method).length - 1;
        answer = answer[Math.min(seen, answer.length - 1)];
      }
      if (path === '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews' && p.method === 'POST') {
        const attrs = JSON.parse(p.body).spec.resourceAttributes;
        const what = attrs.verb + ' ' + attrs.resource + (attrs.subresource ? '/' + attrs.subresource : '');
        const allowed = !(scenario().denied || []).includes(what);
        answer = { status: 201, body: JSON.stringify({ kind: 'SelfSubjectAccessReview', status: { allowed } }) };
      }
      return Promise.resolve().then(() => {
        if (answer.unreachable) { const e = new Error('Unreachable'); e.status = 502; throw e; }
        if (answer.status >= 400) {
          let message = answer.statusText || ('HTTP ' + answer.status);
          if (answer.body) {
            try { message += ' - ' + (JSON.parse(answer.body).message || answer.body); } catch (x) { message += ' - ' + answer.body; }
          }
          const e = new Error(message);
          e.status = answer.status;
          throw e;
        }
        const body = answer.body || '';
        if (p.isJSON === false) return { ok: true, status: answer.status, text: () => Promise.resolve(body), json: () => Promise.resolve(JSON.parse(body)) };
        return JSON.parse(body);
      });
    },
  };

  // ---- Router, Utils -------------------------------------------------------------------------------------
  // Headlamp's own named routes the plugin links to.
  const headlampRoutes = { pod: '/namespaces/:namespace/pods/:name', node: '/nodes/:name', namespace: '/namespaces/:name', service: '/services/:namespace/:name', namespaces: '/namespaces', gateway: '/gateways/:namespace/:name' };

  function createRouteURL(name, params) {
    const route = registrations.routes.find((r) => r.name === name);
    const pattern = route ? route.path : headlampRoutes[name];
    if (!pattern) throw new Error('createRouteURL: no route named ' + name);
    const path = pattern.replace(/\/:(\w+)(\?)?/g, (m, key, optional) => {
      const v = params && params[key];
      if (v === undefined || v === null || v === '') { if (optional) return ''; throw new Error('createRouteURL: missing param ' + key + ' for ' + name); }
      return '/' + encodeURIComponent(v);
    });
    return '/c/test-cluster' + path;
  }

  function timeAgo(date) {
    const then = Date.parse(date);
    if (isNaN(then)) return '';
    const now = Date.parse(scenario().now || '2026-01-01T00:00:00Z');
    const s = Math.max(0, Math.floor((now - then) / 1000));
    if (s < 60) return s + 's';
    if (s < 3600) return Math.floor(s / 60) + 'm';
    if (s < 86400) return Math.floor(s / 3600) + 'h';
    return Math.floor(s / 86400) + 'd';
  }

  // Indexes instead of for…of: Jint's string iterator yields "\r\n" as one element.
  function utf8(text) {
    const out = [];
    const str = String(text);
    for (let i = 0; i < str.length; i++) {
      let c = str.codePointAt(i);
      if (c > 0xffff) i++;
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return out;
  }

  if (typeof g.TextDecoder === 'undefined') {
    // As the platform's: with { stream: true } an unfinished last character waits for the next call's bytes; a
    // call without it ends the stream (what is still held becomes U+FFFD).
    g.TextDecoder = class {
      constructor() { this.held = []; }
      decode(bytes, options) {
        const given = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes || []);
        const b = [];
        for (let i = 0; i < this.held.length; i++) b.push(this.held[i]);
        for (let i = 0; i < given.length; i++) b.push(given[i]);
        this.held = [];
        const stream = !!(options && options.stream);
        let s = '';
        for (let i = 0; i < b.length;) {
          const c = b[i];
          let cp, n;
          if (c < 0x80) { cp = c; n = 1; } else if (c < 0xe0) { cp = c & 31; n = 2; } else if (c < 0xf0) { cp = c & 15; n = 3; } else { cp = c & 7; n = 4; }
          if (i + n > b.length) {
            if (stream) this.held = b.slice(i); else s += '\ufffd';
            break;
          }
          for (let k = 1; k < n; k++) cp = (cp << 6) | (b[i + k] & 63);
          s += String.fromCodePoint(cp);
          i += n;
        }
        return s;
      }
    };
  }

  // ---- ConfigStore (Headlamp's per-plugin configuration in its Redux store) -----------------------------
  let configs = null;
  const configTable = () => { if (configs === null) configs = JSON.parse(JSON.stringify(scenario().configs || {})); return configs; };
  class ConfigStore {
    constructor(key) { this.key = key; }
    get() { return configTable()[this.key]; }
    set(value) { configTable()[this.key] = value; dirty = true; }
    update(partial) { configTable()[this.key] = Object.assign({}, configTable()[this.key] || {}, JSON.parse(JSON.stringify(partial))); dirty = true; }
    useConfig() { const key = this.key; return () => { slot('useSelector'); return configTable()[key]; }; }
  }

  // ---- location, history, page visibility ------------------------------------------------------------------
  // The URL's query string lives in the harness (scenario.search, e.g. "?tab=Backends&q=reviews"); history.replace and
  // push record navigations and update it, and useLocation reads it back on the next render.
  const navigations = [];
  const location = { pathname: null, search: null };
  function currentLocation() {
    if (location.pathname === null) location.pathname = scenario().pathname || '/c/test-cluster/kmesh';
    if (location.search === null) location.search = scenario().search || '';
    return location;
  }
  // A pushed URL of a registered route becomes the route params useParams answers, as a real router would.
  function routeParamsOf(url) {
    const path = url.replace(/^\/c\/test-cluster/, '').split('?')[0];
    for (const r of registrations.routes) {
      const names = [];
      const re = new RegExp('^' + r.path.replace(/\/:(\w+)(\?)?/g, (m, key, optional) => { names.push(key); return optional ? '(?:/([^/]+))?' : '/([^/]+)'; }) + '$');
      const m = re.exec(path);
      if (!m) continue;
      const params = {};
      names.forEach((n, i) => { if (m[i + 1] !== undefined) params[n] = decodeURIComponent(m[i + 1]); });
      return params;
    }
    return null;
  }
  // history.replace/push: records the URL, makes its query the location's search for the next render, and a URL of a
  // registered route becomes the route params useParams answers, as a real router would.
  function navigate(to) {
    const url = typeof to === 'string' ? to : to.pathname + to.search;
    navigations.push(url);
    const q = url.indexOf('?');
    currentLocation();
    location.pathname = q < 0 ? url : url.slice(0, q);
    location.search = q < 0 ? '' : url.slice(q);
    const params = routeParamsOf(url);
    if (params) scenario().routeParams = params;
    dirty = true;
  }
  const history = {
    get location() { return currentLocation(); },
    replace: navigate,
    push: navigate,
  };
  const visibilityListeners = [];
  g.document = {
    visibilityState: 'visible',
    addEventListener(type, fn) { if (type === 'visibilitychange') visibilityListeners.push(fn); },
    removeEventListener(type, fn) { const i = visibilityListeners.indexOf(fn); if (type === 'visibilitychange' && i >= 0) visibilityListeners.splice(i, 1); },
  };
  function setVisibility(state) {
    g.document.visibilityState = state;
    for (const fn of visibilityListeners.slice()) fn();
  }

  // Recharts draws nothing here: its components are named fakes whose props (data, dataKey) the tests read.
  const Recharts = {};
  for (const n of ['ResponsiveContainer', 'LineChart', 'Line', 'XAxis', 'YAxis', 'Tooltip', 'Legend']) Recharts[n] = fake(n);

  // Jint is not a browser: the part of URLSearchParams the plugin's query-string bindings use.
  if (typeof g.URLSearchParams === 'undefined') {
    g.URLSearchParams = class {
      constructor(search) {
        this.entries = [];
        const text = String(search || '').replace(/^\?/, '');
        for (const part of text.split('&')) {
          if (!part) continue;
          const eq = part.indexOf('=');
          const decode = (x) => decodeURIComponent(x.replace(/\+/g, ' '));
          this.entries.push(eq < 0 ? [decode(part), ''] : [decode(part.slice(0, eq)), decode(part.slice(eq + 1))]);
        }
      }
      get(name) { const e = this.entries.find((x) => x[0] === name); return e ? e[1] : null; }
      set(name, value) {
        const i = this.entries.findIndex((x) => x[0] === name);
        if (i < 0) this.entries.push([name, String(value)]);
        else { this.entries[i][1] = String(value); this.entries = this.entries.filter((x, j) => j <= i || x[0] !== name); }
      }
      delete(name) { this.entries = this.entries.filter((x) => x[0] !== name); }
      toString() { return this.entries.map((x) => encodeURIComponent(x[0]) + '=' + encodeURIComponent(x[1]).replace(/%20/g, '+')).join('&'); }
    };
  }

  // ---- useTranslation (lib/plugin/pluginI18n.js) -------------------------------------------------------
  // The genuine i18next (its UMD build, loaded by the host as globalThis.i18next) over the locale files the build
  // shipped (globalThis.__locales: {lng: translations}), configured as pluginI18n.js configures a plugin's
  // instance. Like the real hook, t answers "" until an effect has made it ready.
  const i18n = { instance: null, language: 'en' };
  function pluginI18nInstance(name) {
    if (i18n.instance) return i18n.instance;
    const resources = {};
    for (const lng of Object.keys(g.__locales || {})) resources[lng] = { [name]: g.__locales[lng] };
    const instance = g.i18next.createInstance();
    instance.init({ lng: i18n.language, fallbackLng: 'en', defaultNS: name, ns: [name], resources, initImmediate: false,
      interpolation: { escapeValue: false }, returnEmptyString: false, saveMissing: false });
    i18n.instance = instance;
    return instance;
  }
  function useTranslation(name) {
    const [ready, setReady] = useState(false);
    slot('useContext'); // react-i18next's useTranslation of Headlamp's own instance
    useEffect(() => { setReady(true); }, [name]);
    const instance = g.i18next ? pluginI18nInstance(name) : null;
    return { t: (key, options) => (!ready ? '' : instance ? instance.t(key, options) : key), i18n: instance, ready };
  }
  // Headlamp's languageChanged handler (changePluginLanguage) switches every plugin instance; the app re-renders.
  function changeLanguage(lng) {
    i18n.language = lng;
    if (i18n.instance) i18n.instance.changeLanguage(lng);
    dirty = true;
  }

  // ---- register* ---------------------------------------------------------------------------------------
  const pluginLib = {
    useTranslation,
    React, MuiMaterial, CommonComponents, ApiProxy, Crd, ConfigStore, Recharts, Iconify: { Icon: fake('Icon') },
    K8s: { ResourceClasses, crd: Crd, event: { default: EventClass } },
    Router: { createRouteURL },
    ReactRouter: {
      useParams: () => { slot('useContext'); return Object.assign({}, scenario().routeParams || {}); },
      useLocation: () => { slot('useContext'); return Object.assign({}, currentLocation()); },
      useHistory: () => { slot('useContext'); return history; },
    },
    Utils: { getCluster: () => 'test-cluster', timeAgo },
    registerSidebarEntry(entry) { registrations.sidebar.push(entry); },
    registerRoute(route) { registrations.routes.push(route); },
  };
  for (const name of ['registerDetailsViewSection', 'registerAppBarAction', 'registerResourceTableColumnsProcessor',
    'registerPluginSettings', 'registerKindIcon', 'registerMapSource', 'registerSidebarEntryFilter', 'registerRouteFilter']) {
    pluginLib[name] = (...args) => registrations.calls.push({ register: name, args });
  }
  g.pluginLib = pluginLib;

  // ---- rendering ---------------------------------------------------------------------------------------
  // Output nodes: {t: text} for text, {type, props, children} for fakes (functions dropped from props).
  function typeName(type) {
    if (type === FRAGMENT) return 'Fragment';
    if (typeof type === 'function' && type.fake) return type.fake;
    if (type && type.$$typeof === FORWARD_REF) return type.displayName;
    if (typeof type === 'string') return type;
    return null;
  }

  function plainProps(props) {
    const out = {};
    for (const k of Object.keys(props)) {
      const v = props[k];
      if (k === 'children' || typeof v === 'function') continue;
      if (v && typeof v === 'object' && (v.$$element || Array.isArray(v))) continue;
      if (v && typeof v === 'object' && v.jsonData) { out[k] = { kubeObject: v.getName() }; continue; }
      out[k] = v;
    }
    return out;
  }

  function renderNode(node, path, out) {
    if (node === null || node === undefined || node === false || node === true) return;
    if (typeof node === 'string' || typeof node === 'number') { out.push({ t: String(node) }); return; }
    if (Array.isArray(node)) { node.forEach((n, i) => renderNode(n, path + '[' + i + ']', out)); return; }
    if (!node.$$element) {
      if (node.jsonData) throw new Error('a KubeObject was rendered as a React child');
      throw new Error('Objects are not valid as a React child (found: ' + Object.keys(node).join(',') + ') at ' + path);
    }
    const { type, props } = node;
    const name = typeName(type);
    if (name === null) {
      if (typeof type !== 'function') throw new Error('invalid element type at ' + path);
      const key = path + '/' + (type.name || 'anonymous') + (props.key !== undefined ? '#' + props.key : '');
      let inst = instances.get(key);
      if (!inst || inst.type !== type) { inst = { type, slots: [], mounted: false }; instances.set(key, inst); }
      inst.seen = true;
      inst.cursor = 0;
      const saved = current;
      current = inst;
      let result;
      try { result = type(props); } finally { current = saved; }
      if (inst.mounted && inst.cursor !== inst.slots.length) throw new Error('Rendered fewer hooks than during the previous render in ' + (type.name || 'a component'));
      inst.mounted = true;
      if (result === undefined) throw new Error((type.name || 'A component') + ' returned undefined');
      renderNode(result, key, out);
      return;
    }
    const el = { type: name, props: plainProps(props), children: [] };
    el.props.$id = nextHandle;
    handles.set(nextHandle++, Object.assign({}, props));
    out.push(el);
    const child = (v, tag) => { const sub = []; renderNode(v, path + '/' + name + '.' + tag, sub); return sub; };
    const text = (v) => (v === undefined || v === null ? [] : typeof v === 'object' ? child(v, 'prop') : [{ t: String(v) }]);
    switch (name) {
      case 'SimpleTable': {
        const cols = props.columns || [];
        el.header = cols.map((c) => String(c.label));
        el.rows = (props.data || []).map((row, r) => cols.map((c, i) => {
          const v = c.getter ? c.getter(row) : row[c.datum];
          const cell = { type: 'Cell', props: { column: String(c.label) }, children: [] };
          renderNode(v, path + '/row' + r + '/col' + i, cell.children);
          return cell;
        }));
        if ((props.data || []).length === 0 && props.emptyMessage) el.children.push({ t: String(props.emptyMessage) });
        el.children.push(...cols.map((c) => ({ type: 'Header', props: {}, children: [{ t: String(c.label) }] })));
        for (const row of el.rows) el.children.push({ type: 'Row', props: {}, children: row });
        if (props.errorMessage) el.children.push({ t: String(props.errorMessage) });
        return;
      }
      case 'Table': {
        // Headlamp's material-react-table Table as a user meets it: the search (the props' globalFilterFn over the
        // columns that allow it; with reflectInURL it is the URL's `filter`, page `p`), a sort per header click
        // (the column's sortingFn, ties in data order) and one page of rowsPerPage[0] (Headlamp's default 15) rows;
        // cells are drawn by each column's Cell({row}).
        const cols = props.columns || [];
        const data = props.data || [];
        const tableKey = path + '/Table';
        const inUrl = props.reflectInURL !== undefined && props.reflectInURL !== false;
        const query = new URLSearchParams(currentLocation().search);
        const st = tableState.get(tableKey) || { filter: (props.initialState && props.initialState.globalFilter) || '', sorting: (props.initialState && props.initialState.sorting) || [], page: 0, columnFilters: [] };
        tableState.set(tableKey, st);
        const filter = inUrl ? (query.get('filter') || '') : st.filter;
        const page = inUrl ? Math.max(0, Number(query.get('p') || '1') - 1) : st.page;
        const size = (props.rowsPerPage && props.rowsPerPage[0]) || 15;
        const rowOf = (item, index) => {
          const values = {};
          return { original: item, index, getValue(id) { if (!(id in values)) { const c = cols.find((cc, i) => (cc.id ?? String(i)) === id); values[id] = c.accessorFn(item); } return values[id]; } };
        };
        let rows = data.map(rowOf);
        if (filter) {
          const fn = props.filterFns && props.filterFns[props.globalFilterFn];
          if (!fn) throw new Error('Table: globalFilterFn ' + props.globalFilterFn + ' is not among filterFns');
          rows = rows.filter((r) => cols.some((c, i) => c.enableGlobalFilter !== false && fn(r, c.id ?? String(i), filter)));
        }
        // Column filters (material-react-table's multi-select: the chosen options, kept by the column's filterFn).
        for (const f of st.columnFilters) {
          const c = cols.find((cc, i) => (cc.id ?? String(i)) === f.id);
          rows = rows.filter((r) => c.filterFn(r, f.id, f.value));
        }
        const sort = st.sorting[0];
        if (sort) {
          const c = cols.find((cc, i) => (cc.id ?? String(i)) === sort.id);
          rows.sort((a, b) => { const r = c.sortingFn(a, b, sort.id); return (sort.desc ? -r : r) || a.index - b.index; });
        }
        const pageCount = Math.max(1, Math.ceil(rows.length / size));
        const shown = rows.slice(page * size, (page + 1) * size);
        const filterOptions = {};
        cols.forEach((c) => { if (c.enableColumnFilter) filterOptions[String(c.header)] = (c.filterSelectOptions || []).map(String); });
        // Headlamp's Table lays the columns out as one CSS grid: a number is that many fr, no gridTemplate is 1fr.
        const gridTemplateColumns = cols.map((c) => typeof c.gridTemplate === 'number' ? c.gridTemplate + 'fr' : (c.gridTemplate ?? '1fr')).join(' ');
        Object.assign(el.props, { matching: rows.length, total: data.length, page: page + 1, pageCount, filter, sortColumn: sort ? sort.id : null, sortDesc: sort ? !!sort.desc : null,
          filterOptions, gridTemplateColumns });
        const setQuery = (key, value) => {
          const p = new URLSearchParams(currentLocation().search);
          if (value) p.set(key, value); else p.delete(key);
          const q = p.toString();
          navigate(currentLocation().pathname + (q ? '?' + q : ''));
        };
        const h = handles.get(el.props.$id);
        h.search = (text) => { if (inUrl) { setQuery('p', ''); setQuery('filter', text); } else { st.filter = text; st.page = 0; dirty = true; } };
        h.sortBy = (index) => {
          const c = cols[index];
          if (c.enableSorting === false) throw new Error('Table: column ' + c.header + ' is not sortable');
          const id = c.id ?? String(index);
          st.sorting = [{ id, desc: !!(sort && sort.id === id && !sort.desc) }];
          dirty = true;
        };
        h.filterColumn = (index, values) => {
          const c = cols[index];
          if (!c.enableColumnFilter || c.filterVariant !== 'multi-select' || typeof c.filterFn !== 'function') throw new Error('Table: column ' + c.header + ' has no multi-select filter');
          for (const v of values) if (!(c.filterSelectOptions || []).includes(v)) throw new Error('Table: ' + v + ' is not an option of ' + c.header);
          const id = c.id ?? String(index);
          st.columnFilters = st.columnFilters.filter((f) => f.id !== id).concat(values.length ? [{ id, value: values }] : []);
          dirty = true;
        };
        h.goToPage = (n) => { if (inUrl) setQuery('p', String(n)); else { st.page = n - 1; dirty = true; } };
        el.header = cols.map((c) => String(c.header));
        el.rows = shown.map((row, r) => cols.map((c, i) => {
          const cell = { type: 'Cell', props: { column: String(c.header) }, children: [] };
          renderNode(c.Cell ? c.Cell({ row, cell: { getValue: () => row.getValue(c.id ?? String(i)) } }) : row.getValue(c.id ?? String(i)), path + '/row' + (props.getRowId ? props.getRowId(row.original) : r) + '/col' + i, cell.children);
          return cell;
        }));
        if (data.length === 0) el.children.push({ t: String(props.emptyMessage || 'No data to be shown.') });
        else if (rows.length === 0) el.children.push({ t: 'No results found' });
        el.children.push(...cols.map((c) => ({ type: 'Header', props: {}, children: [{ t: String(c.header) }] })));
        for (const row of el.rows) el.children.push({ type: 'Row', props: {}, children: row });
        if (props.errorMessage) el.children.push({ t: String(props.errorMessage) });
        return;
      }
      case 'NameValueTable':
        for (const row of props.rows || []) {
          if (row.hide === true) continue;
          el.children.push({ type: 'NameValueRow', props: {}, children: [...text(row.name), ...text(row.value)] });
        }
        return;
      case 'Tabs': {
        const tabs = props.tabs || [];
        const tabKey = path + '/Tabs';
        const active = tabState.has(tabKey) ? tabState.get(tabKey) : typeof props.defaultIndex === 'number' ? props.defaultIndex : 0;
        handles.get(el.props.$id).selectTab = (i) => {
          tabState.set(tabKey, i);
          dirty = true;
          if (props.onTabChanged) props.onTabChanged(i);
        };
        el.props.active = active;
        el.props.labels = tabs.map((t) => String(t.label));
        tabs.forEach((t) => el.children.push({ type: 'Tab', props: {}, children: [{ t: String(t.label) }] }));
        if (tabs[active]) renderNode(tabs[active].component, path + '/Tabs.active' + active, el.children);
        return;
      }
      case 'SectionBox': case 'SectionHeader': case 'MainInfoSection':
        el.children.push(...text(props.title), ...text(props.subtitle));
        if (props.actions) renderNode(props.actions, path + '/' + name + '.actions', el.children);
        if (props.extraInfo) for (const row of props.extraInfo) el.children.push(...text(row.name), ...text(row.value));
        break;
      case 'TextField':
        el.children.push(...text(props.label));
        if (typeof props.helperText === 'string') el.children.push({ t: props.helperText });
        break;
      case 'FormControlLabel':
        el.children.push(...text(props.label));
        if (props.control) renderNode(props.control, path + '/' + name + '.control', el.children);
        break;
      case 'Chip': case 'Loader':
        el.children.push(...text(props.label), ...text(props.title));
        break;
      case 'Tooltip':
        el.props.title = typeof props.title === 'string' ? props.title : undefined;
        break;
      case 'LineChart':
        el.props.points = (props.data || []).length;
        el.props.data = props.data;
        break;
      case 'Dialog': case 'ConfirmDialog':
        if (!props.open) { el.children.length = 0; return; }
        el.children.push(...text(props.title), ...text(props.description));
        break;
      case 'DateLabel':
        el.children.push({ t: String(props.date) });
        return;
      case 'Link':
        if (props.routeName) el.props.href = createRouteURL(props.routeName, props.params) + (props.search ? '?' + props.search : '');
        break;
      default:
        break;
    }
    renderNode(props.children, path + '/' + name, el.children);
  }

  function runEffects() {
    const effects = pendingEffects;
    pendingEffects = [];
    for (const { s, effect } of effects) {
      if (typeof s.cleanup === 'function') s.cleanup();
      const r = effect();
      if (r !== undefined && typeof r !== 'function') throw new Error('An effect function must not return anything besides a function, which is used for clean-up (got ' + typeof r + ')');
      s.cleanup = r;
    }
  }

  function unmountUnseen() {
    for (const [key, inst] of instances) {
      if (inst.seen) continue;
      for (const s of inst.slots) if (s.kind === 'useEffect' && typeof s.cleanup === 'function') s.cleanup();
      instances.delete(key);
    }
  }

  g.__harness = {
    registrations, requests, execs, crdClasses, navigations, configs: () => configTable(), setVisibility,
    visibilityListenerCount() { return visibilityListeners.length; },
    // The component Headlamp's details page renders for each registerDetailsViewSection call, bound to the
    // page's object (a KubeObject of the kind), as Headlamp's DetailsGrid does: <Section resource={item}/>.
    detailsSection(kind, json) {
      const sections = registrations.calls.filter((c) => c.register === 'registerDetailsViewSection').map((c) => c.args[0]);
      const K = kind === 'Pod' ? Pod : ResourceClasses[kind];
      const item = json === null ? null : new K(JSON.parse(json));
      return function DetailsPage() {
        return createElement(FRAGMENT, null, ...sections.map((section) => createElement(section, { resource: item })));
      };
    },
    // The arguments of every recorded call of one register* function (functions kept, unlike Calls' JSON).
    registered(name) { return registrations.calls.filter((c) => c.register === name).map((c) => c.args); },
    // A component that renders what Headlamp's resource table would for the scenario's items of `kind` after the
    // plugin's column processors ran on table `tableId`: one Row per item holding each added column's value and cell.
    tableComponent(tableId, kind) {
      const processors = registrations.calls.filter((c) => c.register === 'registerResourceTableColumnsProcessor').map((c) => c.args[0]);
      let columns = ['name', 'namespace', 'age'];
      for (const p of processors) columns = (typeof p === 'function' ? p : p.processor)({ id: tableId, columns }) || [];
      const added = columns.filter((c) => typeof c !== 'string');
      const K = kind === 'Pod' ? ResourceClasses.Pod : ResourceClasses[kind];
      const items = (((scenario().lists || {})[kind] || {}).items || []).map((it) => new K(it));
      const Table = fake('HeadlampTable');
      const Row = fake('Row');
      const Cell = fake('Cell');
      return function HeadlampResourceTable() {
        return createElement(Table, { id: tableId, columns: columns.map((c) => (typeof c === 'string' ? c : c.id)).join(',') },
          items.map((item) => createElement(Row, { key: item.getName(), name: item.getName() },
            added.map((c) => createElement(Cell, { key: c.id, id: c.id, label: c.label }, c.render(item))))));
      };
    },
    // The added column's values (getValue) for the scenario's items of `kind`, read now (after the cells rendered),
    // as JSON: what the table filters by once its rows are read.
    columnValues(tableId, kind, columnId) {
      const processors = registrations.calls.filter((c) => c.register === 'registerResourceTableColumnsProcessor').map((c) => c.args[0]);
      let columns = [];
      for (const p of processors) columns = (typeof p === 'function' ? p : p.processor)({ id: tableId, columns }) || [];
      const column = columns.find((c) => c.id === columnId);
      const K = kind === 'Pod' ? ResourceClasses.Pod : ResourceClasses[kind];
      return JSON.stringify((((scenario().lists || {})[kind] || {}).items || []).map((it) => column.getValue(new K(it))));
    },
    // Sorts the scenario's items of `kind` with the added column's comparator (Headlamp's `sort`), answering names.
    sortedBy(tableId, kind, columnId) {
      const processors = registrations.calls.filter((c) => c.register === 'registerResourceTableColumnsProcessor').map((c) => c.args[0]);
      let columns = [];
      for (const p of processors) columns = (typeof p === 'function' ? p : p.processor)({ id: tableId, columns }) || [];
      const column = columns.find((c) => c.id === columnId);
      const K = kind === 'Pod' ? ResourceClasses.Pod : ResourceClasses[kind];
      const items = (((scenario().lists || {})[kind] || {}).items || []).map((it) => new K(it));
      return JSON.stringify(items.slice().sort(column.sort).map((it) => it.getName()));
    },
    // A component that runs a map source's useData hook (a child of a group source by id) and renders its graph.
    mapComponent(sourceId) {
      const find = (sources) => {
        for (const s of sources) {
          if (s.id === sourceId) return s;
          const inner = s.sources ? find(s.sources) : null;
          if (inner) return inner;
        }
        return null;
      };
      const source = find(registrations.calls.filter((c) => c.register === 'registerMapSource').map((c) => c.args[0]));
      if (!source) throw new Error('no map source ' + sourceId);
      const Graph = fake('Graph');
      const GraphNode = fake('GraphNode');
      const GraphEdge = fake('GraphEdge');
      return function MapSourceHost() {
        const data = source.useData();
        if (data === null) return createElement(Graph, { loading: true });
        return createElement(Graph, { loading: false },
          (data.nodes || []).map((n) => createElement(GraphNode, { key: n.id, id: n.id, label: n.label, subtitle: n.subtitle, status: n.status || '',
            kind: n.kubeObject ? n.kubeObject.jsonData.kind || '' : '' })),
          (data.edges || []).map((e) => createElement(GraphEdge, { key: e.id, source: e.source, target: e.target })));
      };
    },
    // The component registered for Settings → Plugins → <name>.
    settingsComponent(name) {
      const call = registrations.calls.find((c) => c.register === 'registerPluginSettings' && c.args[0] === name);
      if (!call) throw new Error('no plugin settings registered for ' + name);
      return call.args[1];
    },
    // A component showing the label of sidebar entry <name> as Headlamp's sidebar does (a string or an element).
    sidebarLabel(name) {
      const entry = registrations.sidebar.filter((e) => e.name === name).pop();
      if (!entry) throw new Error('no sidebar entry named ' + name);
      return function SidebarLabel() { return createElement(FRAGMENT, null, entry.label); };
    },
    routeComponent(name) {
      const r = registrations.routes.find((x) => x.name === name);
      if (!r) throw new Error('no route named ' + name);
      // The browser's path is the rendered route's URL with the scenario's params, so a query-only navigation keeps them.
      if (location.pathname === null && !scenario().pathname) { try { location.pathname = createRouteURL(name, scenario().routeParams || {}); } catch (e) { /* a route rendered without its params */ } }
      return r.component;
    },
    // One render pass + commit; answers whether state changed (another pass is needed).
    renderPass(component) {
      for (const inst of instances.values()) inst.seen = false;
      dirty = false;
      handles = new Map();
      nextHandle = 1;
      const out = [];
      renderNode(createElement(component, null), 'root', out);
      unmountUnseen();
      runEffects();
      g.__harness.lastTree = out;
      return dirty;
    },
    isDirty() { return dirty; },
    changeLanguage,
    treeJson() { return JSON.stringify(g.__harness.lastTree); },
    unmountAll() { for (const inst of instances.values()) inst.seen = false; unmountUnseen(); },
    // Calls a function prop (onClick, onChange, selectTab, getter…) of a rendered fake element.
    invoke(id, prop, args) {
      const h = handles.get(id);
      if (!h) throw new Error('no rendered element with id ' + id);
      if (typeof h[prop] !== 'function') throw new Error('element ' + id + ' has no function prop ' + prop);
      return h[prop](...(args || []));
    },
  };
})(globalThis);
