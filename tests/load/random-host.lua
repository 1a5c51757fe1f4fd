-- Every request carries a Host header never seen before: pages must still come from the start-up snapshot.
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/", { ["Host"] = string.format("h%d-%d.example", math.random(1, 1000000000), counter), ["Accept-Encoding"] = "gzip" })
end
