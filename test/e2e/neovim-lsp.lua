-- Neovim (0.7+) as a second LSP client of the standalone server (`node dist/server.js --stdio`).
-- Run headless by neovim.test.mjs:
--   nvim --headless --clean -c 'luafile test/e2e/neovim-lsp.lua'
-- with E2E_NODE, E2E_SERVER, E2E_WORKSPACE (holding secondary/dhcpd.conf with a planted error and
-- primary/dhcpd.conf), E2E_HOVER_LINE/CHAR (0-based, on `mclt` in the primary),
-- E2E_COMPLETION_LINE (0-based: a line inserted there in the primary's pool) and E2E_OUT (JSON
-- results). Every wait is bounded; whatever happens, the results (with `error`) are written and
-- Neovim quits.
local env = function(name)
  local v = os.getenv(name)
  assert(v and v ~= '', name .. ' is not set')
  return v
end

local out = env('E2E_OUT')
local results = { nvim = vim.version(), steps = {} }
local TIMEOUT = tonumber(os.getenv('E2E_LSP_TIMEOUT_MS') or '20000')

local function step(name, started)
  table.insert(results.steps, { name = name, ms = math.floor((vim.loop.hrtime() - started) / 1e6) })
end

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(results) }, out)
  vim.cmd('qall!')
end

local function main()
  local ws = env('E2E_WORKSPACE')
  local t0 = vim.loop.hrtime()

  -- The server, started by Neovim's own LSP client over stdio.
  local client_id = vim.lsp.start_client({
    name = 'dhcpd',
    cmd = { env('E2E_NODE'), env('E2E_SERVER'), '--stdio' },
    root_dir = ws,
    flags = { debounce_text_changes = 0 },
    on_exit = function(code, signal)
      results.server_exit = { code = code, signal = signal }
    end,
  })
  assert(client_id, 'vim.lsp.start_client returned nothing')
  local client = vim.lsp.get_client_by_id(client_id)
  results.server_pid = client.rpc.pid

  -- 1. Diagnostics: the secondary with a planted error.
  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/secondary/dhcpd.conf'))
  vim.bo.filetype = 'dhcpd'
  local secondary = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(secondary, client_id)
  assert(vim.wait(TIMEOUT, function() return client.initialized == true end, 10), 'the server did not initialize')
  results.capabilities = {
    hover = client.server_capabilities and client.server_capabilities.hoverProvider or client.resolved_capabilities.hover,
    completion = client.server_capabilities and client.server_capabilities.completionProvider ~= nil or client.resolved_capabilities.completion,
  }
  step('initialize', t0)
  t0 = vim.loop.hrtime()
  assert(vim.wait(TIMEOUT, function() return #vim.diagnostic.get(secondary) > 0 end, 10), 'no diagnostics were published for the secondary')
  results.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(secondary)) do
    table.insert(results.diagnostics, { lnum = d.lnum, col = d.col, severity = d.severity, message = d.message, source = d.source, code = d.user_data and d.user_data.lsp and d.user_data.lsp.code })
  end
  step('diagnostics', t0)

  -- 2. Hover on `mclt` in the primary.
  t0 = vim.loop.hrtime()
  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/primary/dhcpd.conf'))
  vim.bo.filetype = 'dhcpd'
  local primary = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(primary, client_id)
  local position = { line = tonumber(env('E2E_HOVER_LINE')), character = tonumber(env('E2E_HOVER_CHAR')) }
  local responses, err = vim.lsp.buf_request_sync(primary, 'textDocument/hover', { textDocument = vim.lsp.util.make_text_document_params(primary), position = position }, TIMEOUT)
  assert(responses, 'hover: ' .. tostring(err))
  local hover = responses[client_id] and responses[client_id].result
  assert(hover, 'hover: no result ' .. vim.inspect(responses))
  local contents = hover.contents
  results.hover = type(contents) == 'table' and (contents.value or vim.inspect(contents)) or tostring(contents)
  results.hover_lines = vim.lsp.util.convert_input_to_markdown_lines(contents)
  step('hover', t0)

  -- 3. Completion inside a pool's `failover peer "`: a line typed into the buffer (sent to the
  -- server as didChange), then textDocument/completion at its end.
  t0 = vim.loop.hrtime()
  local line = tonumber(env('E2E_COMPLETION_LINE'))
  local text = '    failover peer "'
  vim.api.nvim_buf_set_lines(primary, line, line, false, { text })
  local cparams = {
    textDocument = vim.lsp.util.make_text_document_params(primary),
    position = { line = line, character = #text },
    context = { triggerKind = 2, triggerCharacter = '"' },
  }
  responses, err = vim.lsp.buf_request_sync(primary, 'textDocument/completion', cparams, TIMEOUT)
  assert(responses, 'completion: ' .. tostring(err))
  local result = responses[client_id] and responses[client_id].result
  assert(result, 'completion: no result ' .. vim.inspect(responses))
  local items = result.items or result
  results.completion = {}
  for _, item in ipairs(items) do
    table.insert(results.completion, { label = item.label, kind = item.kind, insertText = item.insertText, textEdit = item.textEdit and item.textEdit.newText })
  end
  step('completion', t0)

  -- 4. The client stops the server (shutdown + exit) before Neovim quits.
  t0 = vim.loop.hrtime()
  vim.lsp.stop_client(client_id)
  results.server_stopped = vim.wait(TIMEOUT, function() return results.server_exit ~= nil end, 10)
  step('shutdown', t0)
end

local ok, e = xpcall(main, debug.traceback)
if not ok then results.error = tostring(e) end
finish()
