/* Hera demo page: plain JavaScript, same-origin calls to the public HTTP API only. */
(function () {
  'use strict';

  var STRINGS = {
    ja: {
      skip: '本文へ移動',
      forget: 'わたしを忘れて',
      forgetConfirm: 'このセッションのすべて（会話、写真、物語）を削除します。よろしいですか？',
      forgotten: 'すべて削除しました。またいつでもどうぞ。',
      startTitle: '未来の家族に会いに行きましょう',
      startLead: 'Hera があなたのことを少しずつ伺い、あなたの未来の家族を描きます。',
      chatTitle: 'Hera とお話しする',
      yourMessage: 'メッセージ',
      chatPlaceholder: '例: 32歳で、東京に住んでいます',
      familyPlaceholder: '例: 夏休みはどこへ行きたい？',
      send: '送信',
      enterHint: 'Enter で送信、Shift+Enter で改行',
      progressTitle: 'プロフィールの進み具合',
      missingTitle: 'まだ伺っていないこと',
      nothingMissing: 'すべて伺いました',
      complete: 'プロフィールを完成させる',
      completeReady: 'プロフィールがそろいました。完成させて次へ進めます。',
      photosTitle: '写真と肖像画',
      uploadTitle: '1. あなたの写真',
      dropHint: 'ここに写真（JPEG または PNG）をドラッグ＆ドロップ',
      or: 'または',
      chooseFile: 'ファイルを選ぶ',
      uploaded: '写真を受け取りました: ',
      portraitsTitle: '2. 肖像画',
      genPartner: 'パートナーの肖像画を描く',
      genChildren: '子どもたちの肖像画を描く',
      portraitDone: '肖像画ができました。',
      portraitLater: '肖像画はまだ描けませんでしたが、このまま家族とのおしゃべりに進めます。',
      noImages: 'まだ画像はありません。',
      toFamily: '家族とおしゃべりする',
      familyTitle: '家族で旅の計画',
      memoTitle: '旅のメモ',
      destination: '行き先',
      activities: 'やりたいこと',
      undecided: 'まだ決まっていません',
      readStory: '物語と手紙を読む',
      storyTitle: '家族の物語',
      story: '物語',
      letter: 'あなたへの手紙',
      tripTo: '行き先: ',
      backFamily: '家族のおしゃべりに戻る',
      footer: 'Hera — あなたの未来の家族',
      you: 'あなた',
      hera: 'Hera',
      partner: 'パートナー',
      child: '子ども',
      starting: 'セッションを始めています…',
      thinking: 'Hera が考えています…',
      familyThinking: '家族が考えています…',
      uploading: '写真を送っています…',
      drawing: '肖像画を描いています…',
      completing: 'プロフィールを確認しています…',
      deleting: '削除しています…',
      stillMissing: 'まだ足りない項目: ',
      network: 'サーバーにつながりませんでした。しばらくしてからもう一度お試しください。',
      unexpected: '思いがけないエラーが起きました。',
      notImage: 'JPEG か PNG の画像を選んでください。',
      cat_basic_info: '基本情報',
      cat_relationship: '交際・パートナー',
      cat_personality: '性格',
      cat_children_info: '子ども',
      f_age: '年齢', f_gender: '性別', f_relationship_status: '交際状況', f_location: '居住地',
      f_income_range: '年収', f_user_personality_traits: 'あなたの性格（ビッグファイブのうち2つ以上）',
      f_partner_face_description: 'パートナーの外見', f_children_info: '子どもの情報（性別と名前）',
      f_current_partner: '現在のパートナー（名前、性格、外見）', f_ideal_partner: '理想のパートナー（名前、性格、外見）'
    },
    en: {
      skip: 'Skip to content',
      forget: 'Forget me',
      forgetConfirm: 'This deletes everything of this session (conversation, photos, story). Continue?',
      forgotten: 'Everything is deleted. Come back any time.',
      startTitle: 'Come and meet your future family',
      startLead: 'Hera gets to know you, little by little, then brings your future family to life.',
      chatTitle: 'Talk with Hera',
      yourMessage: 'Your message',
      chatPlaceholder: 'e.g. I am 32 and I live in Tokyo',
      familyPlaceholder: 'e.g. Where shall we go this summer?',
      send: 'Send',
      enterHint: 'Enter sends, Shift+Enter starts a new line',
      progressTitle: 'Your profile so far',
      missingTitle: 'Still to tell Hera',
      nothingMissing: 'Nothing — all done',
      complete: 'Complete my profile',
      completeReady: 'Your profile is ready. Complete it to go on.',
      photosTitle: 'Photo and portraits',
      uploadTitle: '1. Your photo',
      dropHint: 'Drag and drop a photo (JPEG or PNG) here',
      or: 'or',
      chooseFile: 'Choose a file',
      uploaded: 'Photo received: ',
      portraitsTitle: '2. Portraits',
      genPartner: 'Draw my partner\u2019s portrait',
      genChildren: 'Draw my children\u2019s portraits',
      portraitDone: 'The portrait is ready.',
      portraitLater: 'The portrait could not be drawn yet; you can still go on to the family chat.',
      noImages: 'No images yet.',
      toFamily: 'Chat with my family',
      familyTitle: 'Plan a trip with your family',
      memoTitle: 'Trip memo',
      destination: 'Destination',
      activities: 'Things to do',
      undecided: 'Not decided yet',
      readStory: 'Read the story and the letter',
      storyTitle: 'Your family\u2019s story',
      story: 'The story',
      letter: 'A letter for you',
      tripTo: 'Destination: ',
      backFamily: 'Back to the family chat',
      footer: 'Hera \u2014 your future family',
      you: 'You',
      hera: 'Hera',
      partner: 'Partner',
      child: 'Child',
      starting: 'Starting your session\u2026',
      thinking: 'Hera is thinking\u2026',
      familyThinking: 'Your family is thinking\u2026',
      uploading: 'Sending your photo\u2026',
      drawing: 'Drawing the portrait\u2026',
      completing: 'Checking your profile\u2026',
      deleting: 'Deleting\u2026',
      stillMissing: 'Still missing: ',
      network: 'The server could not be reached. Please try again in a moment.',
      unexpected: 'Something unexpected went wrong.',
      notImage: 'Please choose a JPEG or PNG image.',
      cat_basic_info: 'About you',
      cat_relationship: 'Relationship & partner',
      cat_personality: 'Personality',
      cat_children_info: 'Children',
      f_age: 'Age', f_gender: 'Gender', f_relationship_status: 'Relationship status', f_location: 'Where you live',
      f_income_range: 'Annual income', f_user_personality_traits: 'Your personality (at least 2 of the Big Five)',
      f_partner_face_description: 'Your partner\u2019s appearance', f_children_info: 'Children (gender and name)',
      f_current_partner: 'Your current partner (name, personality, appearance)',
      f_ideal_partner: 'Your ideal partner (name, personality, appearance)'
    }
  };
  var CATEGORIES = ['basic_info', 'relationship', 'personality', 'children_info'];

  var state = { locale: 'ja', sessionId: null, token: null, busy: false, names: {}, roles: [] };

  function $(id) { return document.getElementById(id); }
  function t(key) { return (STRINGS[state.locale] && STRINGS[state.locale][key]) || STRINGS.en[key] || key; }

  function applyLanguage() {
    document.documentElement.lang = state.locale;
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (el) {
      el.setAttribute('placeholder', t(el.getAttribute('data-i18n-placeholder')));
    });
    document.title = 'Hera \u2014 ' + t('startTitle');
  }

  /* ---------- status, errors, steps ---------- */

  function setBusy(message) {
    state.busy = !!message;
    // A notice given during the work (the completion message, "the portrait is ready") outlives it.
    if (message || $('busy').classList.contains('on')) { $('busy').textContent = message || ''; }
    $('busy').classList.toggle('on', !!message);
    document.querySelectorAll('button, textarea, input').forEach(function (el) {
      if (el.id !== 'forget') { el.disabled = !!message; }
    });
    document.body.setAttribute('aria-busy', message ? 'true' : 'false');
  }

  function showError(message, extra) {
    var box = $('error');
    box.textContent = '';
    if (!message) { box.hidden = true; return; }
    var p = document.createElement('p');
    p.textContent = message;
    box.appendChild(p);
    if (extra && extra.length) {
      var ul = document.createElement('ul');
      extra.forEach(function (line) { var li = document.createElement('li'); li.textContent = line; ul.appendChild(li); });
      box.appendChild(ul);
    }
    box.hidden = false;
  }

  function notice(message) {
    $('busy').textContent = message;
    $('busy').classList.remove('on');
  }

  function show(step) {
    ['start', 'chat', 'photos', 'family', 'story'].forEach(function (name) {
      $('step-' + name).hidden = name !== step;
    });
    $('forget').hidden = !state.sessionId;
    var heading = $('step-' + step).querySelector('h1');
    if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus({ preventScroll: false }); }
  }

  /* ---------- HTTP ---------- */

  function ApiError(message, body, status) {
    this.message = message; this.body = body || {}; this.status = status;
  }

  function request(method, path, body, isForm, headers) {
    var options = { method: method, headers: Object.assign({ 'Accept': 'application/json', 'Accept-Language': state.locale }, headers) };
    // The session's credential (absent when the API runs with HERA_API_AUTH=none); images need none.
    if (state.token) { options.headers['Authorization'] = 'Bearer ' + state.token; }
    if (body !== undefined) {
      if (isForm) { options.body = body; } else {
        options.headers['Content-Type'] = 'application/json';
        options.body = JSON.stringify(body);
      }
    }
    return fetch(path, options).then(function (response) {
      return response.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
        if (!response.ok) {
          throw new ApiError((data && data.error) || (t('unexpected') + ' (HTTP ' + response.status + ')'), data, response.status);
        }
        return { status: response.status, data: data };
      });
    }, function () { throw new ApiError(t('network')); });
  }

  function sleep(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  /**
   * A turn answers at once (200) or, past the server's deadline, 202 + poll_url (the page allows it
   * with Prefer: respond-async and polls); either way the answer body.
   */
  function turn(path, body) {
    return request('POST', path, body, false, { 'Prefer': 'respond-async' }).then(function (res) {
      if (res.status !== 202 || !res.data || !res.data.poll_url) { return res.data; }
      return poll(res.data.poll_url, 0);
    });
  }

  function poll(url, attempt) {
    return sleep(Math.min(500 + attempt * 250, 2000)).then(function () {
      return request('GET', url);
    }).then(function (res) {
      var view = res.data || {};
      if (view.status === 'DONE') { return view.answer; }
      if (view.status === 'FAILED') { throw new ApiError(view.error || t('unexpected'), view); }
      if (attempt > 240) { throw new ApiError(t('unexpected')); }
      return poll(url, attempt + 1);
    });
  }

  function sessionPath(suffix) { return '/api/sessions/' + encodeURIComponent(state.sessionId) + suffix; }

  function guarded(busyKey, work) {
    if (state.busy) { return Promise.resolve(); }
    showError(null);
    setBusy(t(busyKey));
    return Promise.resolve().then(work).then(function (value) { setBusy(null); return value; }, function (error) {
      setBusy(null);
      var extra = error && error.body && error.body.missing_field_labels;
      showError((error && error.message) || t('unexpected'), extra);
      throw error;
    });
  }

  function quiet(promise) { return promise.catch(function () { /* shown already */ }); }

  /* ---------- rendering ---------- */

  function formatTime(stamp) {
    if (!stamp) { return ''; }
    var d = new Date(stamp);
    if (isNaN(d.getTime())) { return ''; }
    return d.toLocaleTimeString(state.locale === 'ja' ? 'ja-JP' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
  }

  function speakerName(speaker) {
    if (speaker === 'user') { return t('you'); }
    if (speaker === 'hera') { return t('hera'); }
    if (state.names[speaker]) { return state.names[speaker] + (state.names[speaker] === speaker ? '' : ' (' + speaker + ')'); }
    if (speaker === 'partner') { return t('partner'); }
    if (/^child/.test(speaker || '')) { return t('child') + (speaker.replace(/\D+/g, '') ? ' ' + speaker.replace(/\D+/g, '') : ''); }
    return speaker || '';
  }

  function renderLog(list, entries) {
    list.textContent = '';
    (entries || []).forEach(function (entry) {
      var li = document.createElement('li');
      var mine = entry.speaker === 'user';
      var member = state.roles.indexOf(entry.speaker);
      li.className = 'bubble ' + (mine ? 'mine' : 'theirs') + (entry.speaker === 'hera' ? ' hera' : '') +
        (member === 0 ? ' partner' : '') + (member > 0 ? ' child' : '');
      var who = document.createElement('span');
      who.className = 'who';
      who.textContent = speakerName(entry.speaker);
      var text = document.createElement('p');
      text.className = 'text';
      text.textContent = entry.message || '';
      li.appendChild(who);
      li.appendChild(text);
      var when = formatTime(entry.timestamp);
      if (when) {
        var time = document.createElement('time');
        time.dateTime = entry.timestamp;
        time.textContent = when;
        li.appendChild(time);
      }
      list.appendChild(li);
    });
    list.scrollTop = list.scrollHeight;
  }

  function renderProgress(progress, missing, complete) {
    var ul = $('progress');
    ul.textContent = '';
    CATEGORIES.forEach(function (cat) {
      var p = (progress && progress[cat]) || { collected: 0, total: 0 };
      var li = document.createElement('li');
      var label = document.createElement('span');
      label.className = 'cat';
      label.id = 'cat-' + cat;
      label.textContent = t('cat_' + cat);
      var count = document.createElement('span');
      count.className = 'count';
      count.textContent = p.collected + ' / ' + p.total;
      var bar = document.createElement('progress');
      bar.max = Math.max(p.total, 1);
      bar.value = Math.min(p.collected, bar.max);
      bar.setAttribute('aria-labelledby', 'cat-' + cat);
      li.appendChild(label); li.appendChild(count); li.appendChild(bar);
      ul.appendChild(li);
    });
    var m = $('missing');
    m.textContent = '';
    if (!missing || !missing.length) {
      var done = document.createElement('li'); done.className = 'done'; done.textContent = t('nothingMissing'); m.appendChild(done);
    } else {
      missing.forEach(function (field) {
        var li = document.createElement('li'); li.textContent = t('f_' + field); m.appendChild(li);
      });
    }
    $('complete').hidden = !complete;
    $('complete-note').hidden = !complete;
    $('complete-note').textContent = t('completeReady');
  }

  function renderInterview(answer) {
    if (!answer) { return; }
    renderLog($('chat-log'), answer.conversation_history);
    renderProgress(answer.information_progress, answer.missing_fields, answer.profile_complete);
  }

  function renderGallery(images) {
    var ul = $('gallery');
    ul.textContent = '';
    if (!images || !images.length) {
      var none = document.createElement('li'); none.className = 'none'; none.textContent = t('noImages'); ul.appendChild(none);
      return;
    }
    images.slice().sort(function (a, b) { return familyOrder(a.name) - familyOrder(b.name); }).forEach(function (image) {
      var li = document.createElement('li');
      var fig = document.createElement('figure');
      var img = document.createElement('img');
      img.src = image.image_url;
      var label = imageLabel(image.name);
      img.alt = label;
      img.loading = 'lazy';
      var cap = document.createElement('figcaption');
      cap.textContent = label;
      fig.appendChild(img); fig.appendChild(cap); li.appendChild(fig); ul.appendChild(li);
    });
  }

  // The API lists images by file name (child_1, partner, user); show them as a family: you, partner, children.
  function familyOrder(fileName) {
    var base = String(fileName || '').replace(/\.[a-z]+$/i, '');
    if (base === 'user') { return -2; }
    if (base === 'partner') { return -1; }
    return Number(base.replace(/\D+/g, '')) || 0;
  }

  // The children's portraits come back with the children's names: show those, not "child 1".
  function rememberNames(answer) {
    var children = answer && answer.meta && answer.meta.children;
    state.imageNames = state.imageNames || {};
    (children || []).forEach(function (child) {
      var file = String(child.image_url || '').split('?')[0].split('/').pop();
      if (file && child.name) { state.imageNames[file] = child.name; }
    });
  }

  function imageLabel(fileName) {
    if (state.imageNames && state.imageNames[fileName]) { return state.imageNames[fileName]; }
    var base = String(fileName || '').replace(/\.[a-z]+$/i, '');
    if (base === 'user') { return t('you'); }
    return speakerName(base);
  }

  function refreshGallery() {
    return request('GET', sessionPath('/photos')).then(function (res) { renderGallery(res.data && res.data.images); });
  }

  function renderFamily(answer) {
    if (!answer) { return; }
    (Array.isArray(answer.reply) ? answer.reply : []).forEach(function (r) {
      if (r && r.speaker && r.name) {
        state.names[r.speaker] = r.name;
        if (state.roles.indexOf(r.speaker) < 0) { state.roles.push(r.speaker); }
      }
    });
    renderLog($('family-log'), answer.conversation_history);
    renderMemo(answer.family_trip_info || {});
    if (answer.conversation_complete && answer.family_plan) {
      state.plan = answer.family_plan;
      $('to-story').hidden = false;
      renderStory(answer.family_plan);
      show('story');
    }
  }

  function renderMemo(trip) {
    var dest = $('memo-destination');
    dest.textContent = trip.destination || t('undecided');
    dest.classList.toggle('memo-empty', !trip.destination);
    var acts = $('memo-activities');
    acts.textContent = '';
    (trip.activities || []).forEach(function (a) { var li = document.createElement('li'); li.textContent = a; acts.appendChild(li); });
    if (!(trip.activities || []).length) {
      var li = document.createElement('li'); li.className = 'memo-empty'; li.textContent = t('undecided'); acts.appendChild(li);
    }
  }

  function paragraphs(target, text) {
    target.textContent = '';
    String(text || '').split(/\n{1,}/).forEach(function (para) {
      if (!para.trim()) { return; }
      var p = document.createElement('p'); p.textContent = para.trim(); target.appendChild(p);
    });
  }

  function renderStory(plan) {
    var trip = $('story-trip');
    trip.textContent = plan.destination ? t('tripTo') + plan.destination +
      ((plan.activities || []).length ? ' \u00b7 ' + plan.activities.join(' \u00b7 ') : '') : '';
    paragraphs($('story-text'), plan.story);
    paragraphs($('letter-text'), plan.letter);
  }

  /* ---------- steps ---------- */

  function start(locale) {
    state.locale = locale;
    state.names = {};
    state.roles = [];
    applyLanguage();
    quiet(guarded('starting', function () {
      return request('POST', '/api/sessions', { locale: locale }).then(function (res) {
        state.sessionId = res.data.session_id;
        keepToken(res.data.session_token || null);
        renderLog($('chat-log'), []);
        renderProgress(null, null, false);
        renderMemo({});
        show('chat');
        return waitForGreeting(0);
      });
    }).then(function () { $('chat-input').focus(); }));
  }

  /** The session token lives in this tab's session storage only: gone when the tab closes. */
  function keepToken(token) {
    state.token = token;
    try {
      if (token) { window.sessionStorage.setItem('hera.sessionToken', token); } else { window.sessionStorage.removeItem('hera.sessionToken'); }
    } catch (e) { /* storage refused (private mode): the token stays in memory */ }
  }

  function waitForGreeting(attempt) {
    return request('GET', sessionPath('/status')).then(function (res) {
      var s = res.data || {};
      renderInterview(s);
      if ((s.conversation_history || []).length || attempt >= 20) { return; }
      setBusy(t('thinking'));
      return sleep(500).then(function () { return waitForGreeting(attempt + 1); });
    });
  }

  function sendInterview(event) {
    event.preventDefault();
    var input = $('chat-input');
    var text = input.value.trim();
    if (!text || state.busy) { return; }
    optimistic($('chat-log'), text);
    quiet(guarded('thinking', function () {
      return turn(sessionPath('/messages'), { message: text }).then(function (answer) {
        input.value = '';
        renderInterview(answer);
        if (answer && answer.completion_message && answer.profile_complete) { notice(answer.completion_message); }
      });
    }).catch(function (e) { dropOptimistic($('chat-log')); throw e; }).then(function () { input.focus(); }, function () { input.focus(); }));
  }

  function optimistic(list, text) {
    var li = document.createElement('li');
    li.className = 'bubble mine pending';
    var who = document.createElement('span'); who.className = 'who'; who.textContent = t('you');
    var p = document.createElement('p'); p.className = 'text'; p.textContent = text;
    li.appendChild(who); li.appendChild(p);
    list.appendChild(li);
    list.scrollTop = list.scrollHeight;
  }

  function dropOptimistic(list) {
    list.querySelectorAll('.pending').forEach(function (el) { el.remove(); });
  }

  function complete() {
    quiet(guarded('completing', function () {
      return request('POST', sessionPath('/complete'), {}).then(function () {
        show('photos');
        return refreshGallery();
      });
    }));
  }

  function upload(file) {
    if (!file) { return; }
    if (!/^image\/(jpeg|png)$/.test(file.type)) { showError(t('notImage')); return; }
    var form = new FormData();
    form.append('file', file, file.name);
    quiet(guarded('uploading', function () {
      return request('POST', sessionPath('/photos/user'), form, true).then(function () {
        $('file-name').textContent = t('uploaded') + file.name;
        return refreshGallery();
      });
    }));
  }

  function portrait(path, body) {
    quiet(guarded('drawing', function () {
      return turn(sessionPath(path), body).then(function (answer) {
        rememberNames(answer);
        notice(t('portraitDone'));
        return refreshGallery();
      }, function (error) {
        // The portrait may not be drawable yet: keep what exists on screen and let the person go on.
        return refreshGallery().catch(function () {}).then(function () {
          error.message = error.message + ' ' + t('portraitLater');
          throw error;
        });
      });
    }));
  }

  function sendFamily(event) {
    event.preventDefault();
    var input = $('family-input');
    var text = input.value.trim();
    if (!text || state.busy) { return; }
    optimistic($('family-log'), text);
    quiet(guarded('familyThinking', function () {
      return turn(sessionPath('/family/messages'), { message: text }).then(function (answer) {
        input.value = '';
        renderFamily(answer);
      });
    }).catch(function (e) { dropOptimistic($('family-log')); throw e; }).then(function () {
      if (!$('step-family').hidden) { input.focus(); }
    }, function () { input.focus(); }));
  }

  function forget() {
    if (!state.sessionId || !window.confirm(t('forgetConfirm'))) { return; }
    state.busy = false;
    quiet(guarded('deleting', function () {
      return request('DELETE', sessionPath('')).catch(function (error) {
        if (error.status !== 404) { throw error; }
      }).then(function () {
        state.sessionId = null;
        keepToken(null);
        state.names = {};
        state.roles = [];
        state.plan = null;
        ['chat-log', 'family-log', 'gallery', 'memo-activities', 'story-text', 'letter-text'].forEach(function (id) { $(id).textContent = ''; });
        $('memo-destination').textContent = '\u2014';
        $('file-name').textContent = '';
        $('to-story').hidden = true;
        show('start');
      });
    }).then(function () { notice(t('forgotten')); }));
  }

  /* ---------- wiring ---------- */

  function enterSends(textarea, form) {
    textarea.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
        event.preventDefault();
        form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit', { cancelable: true }));
      }
    });
  }

  function wireDrop() {
    var drop = $('drop');
    ['dragenter', 'dragover'].forEach(function (type) {
      drop.addEventListener(type, function (event) { event.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      drop.addEventListener(type, function (event) { event.preventDefault(); drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (event) {
      var files = event.dataTransfer && event.dataTransfer.files;
      if (files && files.length) { upload(files[0]); }
    });
    $('file').addEventListener('change', function (event) {
      upload(event.target.files[0]);
      event.target.value = '';
    });
    // Dropping a file elsewhere must not navigate away from the page.
    window.addEventListener('dragover', function (event) { event.preventDefault(); });
    window.addEventListener('drop', function (event) { event.preventDefault(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var preferred = (navigator.language || 'ja').toLowerCase().indexOf('ja') === 0 ? 'ja' : 'en';
    state.locale = preferred;
    applyLanguage();
    document.querySelectorAll('[data-locale]').forEach(function (button) {
      button.addEventListener('click', function () { start(button.getAttribute('data-locale')); });
    });
    $('chat-form').addEventListener('submit', sendInterview);
    $('family-form').addEventListener('submit', sendFamily);
    enterSends($('chat-input'), $('chat-form'));
    enterSends($('family-input'), $('family-form'));
    $('complete').addEventListener('click', complete);
    $('gen-partner').addEventListener('click', function () { portrait('/generate-image', { target: 'partner' }); });
    $('gen-children').addEventListener('click', function () { portrait('/generate-child-image', {}); });
    $('to-family').addEventListener('click', function () { showError(null); show('family'); $('family-input').focus(); });
    $('to-story').addEventListener('click', function () { show('story'); });
    $('back-family').addEventListener('click', function () { show('family'); });
    $('forget').addEventListener('click', forget);
    wireDrop();
  });
})();
