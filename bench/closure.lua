-- Closure calls: 2 x 10^7 calls through function values that capture and update variables.
-- Prints the final accumulator.
local function makeCounter(step)
  local count = 0
  local function next()
    count = count + step
    return count
  end
  local function mix(x)
    return (x * 31 + count) & 0xffff
  end
  return next, mix
end

local function apply(f, x)
  return f(x)
end

local next, mix = makeCounter(3)
local acc = 0
for _ = 1, 10000000 do
  acc = acc + apply(mix, next())
end
print(acc)
