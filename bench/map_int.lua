-- Map with int keys: 10^6 inserts, then 4 x 10^6 lookups (half of them misses), then 10^6
-- overwrites. Prints a checksum of the values found.
local n = 1000000
local m = {}
local len = 0
for i = 0, n - 1 do
  m[i * 7] = i
  len = len + 1
end
local sum = 0
for r = 0, 3 do
  for i = 0, n - 1 do
    local v = m[i * 7 + r]
    if v ~= nil then
      sum = sum + v
    else
      sum = sum + 1
    end
  end
end
for i = 0, n - 1 do
  m[i * 7] = m[i * 7] + i
end
for i = 0, n - 1, 1000 do
  sum = sum + m[i * 7]
end
print(len .. " " .. sum)
