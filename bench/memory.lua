-- An uncached mix for bench/memory.sh: every request picks a page or API call with random
-- values for the query keys it reads, so nearly every request misses both caches.
local deals, outlets, reports = 20, 200, 20000

local function deal() return string.format("synthetic-deal-%02d", math.random(1, deals)) end
local function outlet() return string.format("synthetic-outlet-%03d", math.random(1, outlets)) end
local function day()
  return string.format("%04d-%02d-%02d", math.random(2024, 2026), math.random(1, 12), math.random(1, 28))
end

local makers = {
  function() return "/deals/" .. deal() .. "?asOf=" .. day() end,
  function() return "/deals/" .. deal() .. "/timeline?page=" .. math.random(1, 40) end,
  function() return "/deals/" .. deal() .. "/timeline?asOf=" .. day() .. "&page=" .. math.random(1, 5) end,
  function() return "/deals/" .. deal() .. "/compare?asOf=" .. day() end,
  function() return "/outlets/" .. outlet() .. "?page=" .. math.random(1, 10) end,
  function() return "/outlets?page=" .. math.random(1, 10) end,
  function() return "/reports/" .. math.random(1, reports) end,
  function() return "/api/reports?page=" .. math.random(1, 400) .. "&pageSize=50" end,
  function() return "/api/claims?page=" .. math.random(1, 1200) .. "&pageSize=50" end,
  function() return "/api/deals/" .. deal() .. "?asOf=" .. day() end,
  function() return "/deals?utm_source=" .. math.random(1, 1000000) end,
}

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or os.time())
end

function request()
  return wrk.format("GET", makers[math.random(1, #makers)]())
end
