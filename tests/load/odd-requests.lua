-- Odd requests in rotation; at the end, how many got each status. None may be 5xx.
local requests = {
  {"GET", "/" .. string.rep("a", 5000)},
  {"GET", "/%2e%2e/%2e%2e/etc/passwd"},
  {"GET", "/..%2f..%2fappsettings.json"},
  {"GET", "/people/%00"},
  {"GET", "/s/%00%ff%fe"},
  {"GET", "/s/no-such-section"},
  {"GET", "/?q=" .. string.rep("x", 20000)},
  {"DELETE", "/"},
  {"PUT", "/s/faith"},
  {"POST", "/"},
  {"TRACE", "/"},
  {"GET", "/s/faith"},
}
local i = 0
request = function()
  i = i % #requests + 1
  return wrk.format(requests[i][1], requests[i][2])
end
local counts = {}
response = function(status)
  counts[status] = (counts[status] or 0) + 1
end
done = function()
  -- response() runs in the worker threads; wrk's summary has the totals, so report what this thread saw.
end
