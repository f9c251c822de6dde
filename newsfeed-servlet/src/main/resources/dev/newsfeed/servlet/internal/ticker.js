/*
 * newsfeed ticker — makes .nf-ticker fragments scroll, and fetches fragments into
 * [data-newsfeed-src] elements. Safe to load several times on one page: only the first copy
 * acts, later copies just look for new tickers.
 *
 * Accessibility (WCAG 2.2 AA): a real <button> pauses and plays (its visible label, which is its
 * accessible name, says what it will do); the news stops while the pointer is over it and while a
 * news link has keyboard focus, and then the stopped scroll moves so that the focused link is
 * wholly inside the strip, whose height does not change (2.4.11); the looping copy is aria-hidden
 * and inert; nothing moves under prefers-reduced-motion: reduce.
 */
(function () {
  'use strict';

  var KEY = '__dev_newsfeed_ticker__';
  if (window[KEY]) {
    window[KEY].scan();
    return;
  }

  var PIXELS_PER_SECOND = 50;
  /* Room kept between a focused link and the strip's edges: its outline (3px + 2px offset). */
  var FOCUS_MARGIN = 8;
  var reducedMotion = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  var tickers = [];

  function reduced() {
    return reducedMotion !== null && reducedMotion.matches;
  }

  function start(root) {
    if (root.hasAttribute('data-nf-state')) {
      return;
    }
    root.setAttribute('data-nf-state', 'static');
    var viewport = root.querySelector('.nf-ticker__viewport');
    var list = viewport ? viewport.querySelector('.nf-ticker__list') : null;
    if (!list) {
      return; // no news: nothing to move
    }
    var ticker = { root: root, viewport: viewport, list: list, track: null, copy: null, button: null, paused: false };
    tickers.push(ticker);
    root.addEventListener('focusin', function (event) { onFocusIn(ticker, event); });
    root.addEventListener('focusout', function (event) { onFocusOut(ticker, event); });
    // The browser scrolls a focused link into view by scrolling the clipped viewport; the loop is
    // moved by the animation only (see reveal), so any such scroll is undone.
    viewport.addEventListener('scroll', function () {
      if (ticker.track && viewport.scrollLeft !== 0) {
        viewport.scrollLeft = 0;
      }
    });
    if (!reduced()) {
      animate(ticker);
    }
  }

  function animate(ticker) {
    if (ticker.track) {
      return;
    }
    var track = document.createElement('div');
    track.className = 'nf-ticker__track';
    ticker.list.parentNode.insertBefore(track, ticker.list);
    track.appendChild(ticker.list);
    // The copy makes the loop seamless; it repeats what was said, so it is hidden from assistive
    // technology and cannot take focus.
    var copy = ticker.list.cloneNode(true);
    copy.classList.add('nf-ticker__copy');
    copy.setAttribute('aria-hidden', 'true');
    copy.setAttribute('inert', '');
    track.appendChild(copy);

    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'nf-ticker__toggle';
    button.addEventListener('click', function () { setPaused(ticker, !ticker.paused); });
    ticker.root.insertBefore(button, ticker.viewport);

    ticker.track = track;
    ticker.copy = copy;
    ticker.button = button;
    ticker.root.classList.add('nf-ticker--animated');
    setPaused(ticker, ticker.paused);
    measure(ticker);
  }

  function stop(ticker) {
    if (!ticker.track) {
      return;
    }
    ticker.track.parentNode.insertBefore(ticker.list, ticker.track);
    ticker.track.remove();
    ticker.button.remove();
    ticker.track = ticker.copy = ticker.button = null;
    ticker.list.style.removeProperty('min-width');
    ticker.root.classList.remove('nf-ticker--animated', 'nf-ticker--paused', 'nf-ticker--focus');
    ticker.root.setAttribute('data-nf-state', 'static');
  }

  function setPaused(ticker, paused) {
    ticker.paused = paused;
    ticker.root.classList.toggle('nf-ticker--paused', paused);
    ticker.root.setAttribute('data-nf-state', paused ? 'paused' : 'running');
    if (ticker.button) {
      var label = ticker.root.getAttribute(paused ? 'data-nf-label-play' : 'data-nf-label-pause');
      ticker.button.textContent = label || (paused ? 'Play' : 'Pause');
    }
  }

  function measure(ticker) {
    if (!ticker.track) {
      return;
    }
    // Each copy is at least as wide as the viewport, so the loop never shows a gap.
    var width = ticker.viewport.clientWidth;
    ticker.list.style.minWidth = width + 'px';
    ticker.copy.style.minWidth = width + 'px';
    var distance = Math.max(ticker.list.scrollWidth, width);
    var seconds = Math.max(8, distance / PIXELS_PER_SECOND);
    // Set through the CSSOM, which Content-Security-Policy allows (unlike style attributes).
    ticker.track.style.setProperty('--nf-ticker-duration', seconds.toFixed(1) + 's');
  }

  function keyboardFocus(element) {
    try {
      return element.matches(':focus-visible');
    } catch (e) {
      return true; // no :focus-visible support: treat every focus as keyboard focus
    }
  }

  function onFocusIn(ticker, event) {
    if (!ticker.track || event.target === ticker.button || !keyboardFocus(event.target)) {
      return;
    }
    ticker.root.classList.add('nf-ticker--focus');
    reveal(ticker, event.target);
    // Again once the browser has done its own scrolling into view, which the reset undoes.
    requestAnimationFrame(function () { reveal(ticker, event.target); });
  }

  function onFocusOut(ticker, event) {
    var next = event.relatedTarget;
    if (!next || !ticker.list.contains(next)) {
      ticker.root.classList.remove('nf-ticker--focus');
      // The animation goes on from where reveal left it: nothing jumps.
    }
  }

  /*
   * Moves the paused scroll so that element lies wholly inside the viewport (or starts at its
   * start edge, if it is wider), by setting the animation's current time: the list keeps its one
   * line, and the strip its height. The loop's position stays within one cycle, so the element
   * (in the list, never in the inert copy) is the one shown.
   */
  function reveal(ticker, element) {
    if (!ticker.track || document.activeElement !== element) {
      return;
    }
    ticker.viewport.scrollLeft = 0;
    var animation = scrollAnimation(ticker);
    if (!animation) {
      return;
    }
    var timing = animation.effect.getComputedTiming();
    var duration = timing.duration;
    var half = ticker.list.getBoundingClientRect().width;
    if (!(duration > 0) || !(half > 0)) {
      return;
    }
    var box = element.getBoundingClientRect();
    var view = ticker.viewport.getBoundingClientRect();
    var rtl = getComputedStyle(ticker.root).direction === 'rtl';
    var shift = 0; // how far the content must move right, in pixels
    if (box.width > view.width - 2 * FOCUS_MARGIN) {
      shift = rtl ? (view.right - FOCUS_MARGIN) - box.right : (view.left + FOCUS_MARGIN) - box.left;
    } else if (box.left < view.left + FOCUS_MARGIN) {
      shift = (view.left + FOCUS_MARGIN) - box.left;
    } else if (box.right > view.right - FOCUS_MARGIN) {
      shift = (view.right - FOCUS_MARGIN) - box.right;
    }
    if (shift === 0) {
      return;
    }
    // The scroll goes left (right to left: right) by half the track, the list's width, per cycle.
    var progress = (timing.progress || 0) + (rtl ? shift : -shift) / half;
    progress = Math.min(Math.max(progress, 0), 0.9999);
    animation.currentTime = progress * duration;
  }

  function scrollAnimation(ticker) {
    if (!ticker.track.getAnimations) {
      return null;
    }
    var animations = ticker.track.getAnimations();
    for (var i = 0; i < animations.length; i++) {
      if (animations[i].animationName === 'nf-ticker-scroll' || animations[i].animationName === 'nf-ticker-scroll-rtl') {
        return animations[i];
      }
    }
    return null;
  }

  /* Client-side embedding: fetch the fragment, parse it inertly, insert it. */

  function embed(host) {
    if (host.hasAttribute('data-nf-state')) {
      return;
    }
    host.setAttribute('data-nf-state', 'loading');
    var url;
    try {
      url = new URL(host.getAttribute('data-newsfeed-src'), document.baseURI);
    } catch (e) {
      host.setAttribute('data-nf-state', 'error');
      return;
    }
    fetch(url.href, { mode: 'cors', credentials: 'omit', headers: { Accept: 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('newsfeed: ' + url.href + ' answered ' + response.status);
        }
        return response.text().then(function (html) { return insert(host, html, response.url || url.href); });
      })
      .catch(function () {
        // Keep whatever the host put inside the element (a link to the news, say).
        host.setAttribute('data-nf-state', 'error');
      });
  }

  function insert(host, html, base) {
    // DOMParser builds an inert document: nothing in it runs or loads.
    var parsed = new DOMParser().parseFromString(html, 'text/html');
    var root = parsed.querySelector('.nf-ticker');
    if (!root) {
      throw new Error('newsfeed: no ticker in the response');
    }
    sanitize(root, base);
    var node = document.importNode(root, true);
    host.replaceChildren(node);
    host.setAttribute('data-nf-state', 'loaded');
    start(node);
  }

  function sanitize(root, base) {
    // This script is already running: the fragment's own <script> is not needed, and nothing
    // fetched is ever executed.
    var banned = root.querySelectorAll('script, iframe, object, embed, frame, base, meta');
    Array.prototype.forEach.call(banned, function (element) { element.remove(); });
    Array.prototype.forEach.call(root.querySelectorAll('*'), function (element) {
      Array.prototype.slice.call(element.attributes).forEach(function (attribute) {
        if (/^on/i.test(attribute.name) || attribute.name === 'style') {
          element.removeAttribute(attribute.name);
        }
      });
    });
    Array.prototype.forEach.call(root.querySelectorAll('a[href]'), function (link) {
      var href = new URL(link.getAttribute('href'), base);
      if (href.protocol !== 'http:' && href.protocol !== 'https:') {
        link.removeAttribute('href');
      }
    });
    // Stylesheet URLs are relative to the fragment's server, not to this page; one copy is enough.
    Array.prototype.forEach.call(root.querySelectorAll('link'), function (link) {
      var href = new URL(link.getAttribute('href') || '', base);
      var loaded = Array.prototype.some.call(document.querySelectorAll('link[rel~="stylesheet"]'), function (existing) {
        return existing.href === href.href;
      });
      if (loaded || !/(^|\s)stylesheet(\s|$)/i.test(link.getAttribute('rel') || '')
          || (href.protocol !== 'http:' && href.protocol !== 'https:')) {
        link.remove();
      } else {
        link.setAttribute('href', href.href);
      }
    });
  }

  function scan() {
    Array.prototype.forEach.call(document.querySelectorAll('.nf-ticker'), start);
    Array.prototype.forEach.call(document.querySelectorAll('[data-newsfeed-src]'), embed);
  }

  var resizeTimer = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () { tickers.forEach(measure); }, 150);
  });

  if (reducedMotion !== null) {
    var onChange = function () {
      tickers.forEach(function (ticker) {
        if (reduced()) {
          stop(ticker);
        } else {
          animate(ticker);
        }
      });
    };
    if (reducedMotion.addEventListener) {
      reducedMotion.addEventListener('change', onChange);
    } else if (reducedMotion.addListener) {
      reducedMotion.addListener(onChange);
    }
  }

  window[KEY] = { scan: scan };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', scan);
  } else {
    scan();
  }
})();
