const express = require('express');
const app = express();

app.get('/health', (req, res) => {
  res.json({ ok: true });
});

function start(port) {
  return app.listen(port, () => console.log(`listening on ${port}`));
}

module.exports = { start };
