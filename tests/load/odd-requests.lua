-- Odd requests in rotation; at the end, how many answers had each status. None may be 5xx.
local requests = {
  {"GET", "/" .. string.rep("a", 5000)},
  {"GET", "/%2e%2e/%2e%2e/etc/passwd"},
  {"GET", "/..%2f..%2fappsettings.json"},
  {"GET", "/people/%00"},
  {"GET", "/s/%00%ff%fe"},
  {"GET", "/s/no-such-section"},
  {"GET", "/?q=" .. string.rep("x", 5000)},
  {"DELETE", "/"},
  {"PUT", "/s/faith"},
  {"POST", "/"},
  {"TRACE", "/"},
  {"GET", "/s/faith"},
}
local codes = {200, 304, 400, 404, 405, 414, 431, 500, 501, 502, 503}
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

local i = 0
request = function()
  i = i % #requests + 1
  return wrk.format(requests[i][1], requests[i][2])
end

response = function(status)
  local key = "s" .. status
  _G[key] = (_G[key] or 0) + 1
end

done = function()
  local line, server_errors = "status counts:", 0
  for _, code in ipairs(codes) do
    local n = 0
    for _, thread in ipairs(threads) do
      n = n + (thread:get("s" .. code) or 0)
    end
    if n > 0 then line = line .. " " .. code .. "=" .. n end
    if code >= 500 then server_errors = server_errors + n end
  end
  print(line)
  print("5xx: " .. server_errors)
end
