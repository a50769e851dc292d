// Opens the player's game socket and checks the PIN of the link while the app's script is still on
// its way: on a slow phone that is about half a second earlier. The app takes the socket over
// (src/pages/play/earlySocket.ts). Plain old JavaScript: it is not built, and every phone runs it.
(function () {
  try {
    var pin = (new URLSearchParams(location.search).get('pin') || '').replace(/\s+/g, '');
    if (!/^\d{6,7}$/.test(pin)) return;
    try {
      var stored = JSON.parse(sessionStorage.getItem('luatvui.player') || 'null');
      // Coming back into this game (a reload): the app reconnects with its session instead.
      if (stored && stored.pin === pin) return;
    } catch (ignored) {}
    var socket = new WebSocket((location.protocol === 'https:' ? 'wss' : 'ws') + '://' + location.host + '/ws');
    var early = { socket: socket, pin: pin, frames: [], sent: false };
    socket.onopen = function () {
      socket.send(JSON.stringify({ type: 'check', v: 1, pin: pin }));
      early.sent = true;
    };
    socket.onmessage = function (event) {
      early.frames.push(event.data);
    };
    window.luatvuiEarly = early;
  } catch (ignored) {}
})();
