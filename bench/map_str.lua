-- Map with string keys: 300,000 distinct keys, 10^6 inserts/updates, then 2 x 10^6 lookups
-- (a quarter of them misses). Prints the map size and a checksum.
local n = 300000
local keys = {}
for i = 0, n - 1 do
  keys[i] = "key" .. tostring(i * 31)
end
local m = {}
local len = 0
for i = 0, 1000000 - 1 do
  local k = keys[i % n]
  local v = m[k]
  if v == nil then
    len = len + 1
    v = 0
  end
  m[k] = v + i
end
local misses = { [0] = "key1", "key2", "nokey", "key-7" }
local sum = 0
for i = 0, 2000000 - 1 do
  local k = keys[(i * 7) % n]
  if i % 4 == 3 then
    k = misses[(i // 4) % 4]
  end
  local v = m[k]
  if v ~= nil then
    sum = sum + v % 1000
  else
    sum = sum + 3
  end
end
print(len .. " " .. sum)
