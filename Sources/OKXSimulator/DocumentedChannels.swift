// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

/// Every WebSocket channel OKX documents, by the name a subscription sends: the URL it lives on
/// ("public", "private", "business"), whether subscribing needs a login, and the `data` of the
/// docs' push example (JSON text; nil where the docs have none), which the simulator serves, with
/// its own ids and times, for channels it has no state behind.
func documentedChannel(_ name: String) -> (endpoint: String, login: Bool, example: String?)? {
    switch name {
    case "account":
        return ("private", true, "[{\"adjEq\":\"55444.12216906034\",\"availEq\":\"55444.12216906034\",\"borrowFroz\":\"0\",\"delta\":\"0\",\"deltaLever\":\"0\",\"deltaNeutralStatus\":\"0\",\"details\":[{\"accAvgPx\":\"\",\"availBal\":\"4734.371190691436\",\"availEq\":\"4734.371190691435\",\"borrowFroz\":\"0\",\"cashBal\":\"4750.426970691436\",\"ccy\":\"USDT\",\"clSpotInUseAmt\":\"\",\"coinUsdPrice\":\"0.99927\",\"colBorrAutoConversion\":\"0\",\"colRes\":\"0\",\"collateralEnabled\":false,\"collateralRestrict\":false,\"crossLiab\":\"0\",\"disEq\":\"4889.379316336831\",\"eq\":\"4892.951170691435\",\"eqUsd\":\"4889.379316336831\",\"fixedBal\":\"0\",\"frozenBal\":\"158.57998\",\"frpType\":\"0\",\"imr\":\"\",\"interest\":\"0\",\"isoEq\":\"0\",\"isoLiab\":\"0\",\"isoUpl\":\"0\",\"liab\":\"0\",\"maxLoan\":\"0\",\"maxSpotInUseAmt\":\"\",\"mgnRatio\":\"\",\"mmr\":\"\",\"notionalLever\":\"\",\"openAvgPx\":\"\",\"ordFrozen\":\"0\",\"rewardBal\":\"0\",\"smtSyncEq\":\"0\",\"spotBal\":\"\",\"spotCopyTradingEq\":\"0\",\"spotInUseAmt\":\"\",\"spotIsoBal\":\"0\",\"spotUpl\":\"\",\"spotUplRatio\":\"\",\"stgyEq\":\"150\",\"totalPnl\":\"\",\"totalPnlRatio\":\"\",\"twap\":\"0\",\"uTime\":\"1705564213903\",\"upl\":\"-7.475800000000003\",\"uplLiab\":\"0\"}],\"imr\":\"0\",\"isoEq\":\"0\",\"mgnRatio\":\"\",\"mmr\":\"0\",\"notionalUsd\":\"0\",\"notionalUsdForBorrow\":\"0\",\"notionalUsdForFutures\":\"0\",\"notionalUsdForOption\":\"0\",\"notionalUsdForSwap\":\"0\",\"ordFroz\":\"0\",\"totalEq\":\"55868.06403501676\",\"uTime\":\"1705564223311\",\"upl\":\"0\"}]")
    case "account-greeks":
        return ("private", true, "[{\"ccy\":\"BTC\",\"deltaBS\":\"1.1246665401944310\",\"deltaPA\":\"-0.0074076183688949\",\"gammaBS\":\"0.0000000000000000\",\"gammaPA\":\"0.0148152367377899\",\"thetaBS\":\"2.0356991946421226\",\"thetaPA\":\"-0.0000000200174309\",\"ts\":\"1729179082006\",\"vegaBS\":\"0.0000000000000000\",\"vegaPA\":\"0.0000000000000000\"}]")
    case "adl-warning":
        return ("public", false, "[{\"adlBal\":\"\",\"adlRate\":\"\",\"adlRecBal\":\"\",\"adlRecRate\":\"\",\"adlType\":\"\",\"bal\":\"280784384.9564228289548144\",\"ccy\":\"\",\"decRate\":\"\",\"instFamily\":\"BTC-USDT\",\"instType\":\"FUTURES\",\"maxBal\":\"\",\"maxBalTs\":\"\",\"state\":\"warning\",\"ts\":\"1700210763001\"}]")
    case "algo-advance":
        return ("business", true, "[{\"activePx\":\"\",\"actualPx\":\"\",\"actualSide\":\"\",\"actualSz\":\"0\",\"algoClOrdId\":\"\",\"algoId\":\"355056228680335360\",\"cTime\":\"1630924001545\",\"callbackRatio\":\"\",\"callbackSpread\":\"\",\"ccy\":\"\",\"clOrdId\":\"\",\"count\":\"1\",\"failCode\":\"\",\"instId\":\"BTC-USDT\",\"instType\":\"SPOT\",\"isTradeBorrowMode\":true,\"lever\":\"0\",\"moveTriggerPx\":\"\",\"notionalUsd\":\"\",\"ordPx\":\"\",\"ordType\":\"iceberg\",\"pTime\":\"1630924295204\",\"posSide\":\"net\",\"pxLimit\":\"10\",\"pxSpread\":\"1\",\"pxVar\":\"\",\"reduceOnly\":\"\",\"side\":\"buy\",\"slOrdPx\":\"\",\"slTriggerPx\":\"\",\"state\":\"pause\",\"sz\":\"0.1\",\"szLimit\":\"0.1\",\"tag\":\"adadadadad\",\"tdMode\":\"cash\",\"timeInterval\":\"\",\"tpOrdPx\":\"\",\"tpTriggerPx\":\"\",\"tradeQuoteCcy\":\"USDT\",\"triggerPx\":\"\",\"triggerTime\":\"\"}]")
    case "algo-recurring-buy":
        return ("business", true, "[{\"algoClOrdId\":\"\",\"algoId\":\"644497312047435776\",\"algoOrdType\":\"recurring\",\"amt\":\"100\",\"cTime\":\"1699932133373\",\"cycles\":\"0\",\"instType\":\"SPOT\",\"investmentAmt\":\"0\",\"investmentCcy\":\"USDC\",\"mktCap\":\"0\",\"nextInvestTime\":\"1699934415300\",\"pTime\":\"1699933314691\",\"period\":\"hourly\",\"pnlRatio\":\"0\",\"recurringDay\":\"\",\"recurringHour\":\"1\",\"recurringList\":[{\"avgPx\":\"0\",\"ccy\":\"BTC\",\"maxPx\":\"50000\",\"minPx\":\"30000\",\"profit\":\"0\",\"px\":\"36482\",\"ratio\":\"0.2\",\"totalAmt\":\"0\"},{\"avgPx\":\"0\",\"ccy\":\"ETH\",\"maxPx\":\"\",\"minPx\":\"\",\"profit\":\"0\",\"px\":\"2057.54\",\"ratio\":\"0.8\",\"totalAmt\":\"0\"}],\"recurringTime\":\"12\",\"state\":\"running\",\"stgyName\":\"stg1\",\"tag\":\"\",\"timeZone\":\"8\",\"totalAnnRate\":\"0\",\"totalPnl\":\"0\",\"tradeQuoteCcy\":\"USDT\",\"uTime\":\"1699932136249\"}]")
    case "balance_and_position":
        return ("private", true, "[{\"balData\":[{\"cashBal\":\"1\",\"ccy\":\"BTC\",\"uTime\":\"1597026383085\"}],\"eventType\":\"snapshot\",\"pTime\":\"1597026383085\",\"posData\":[{\"avgPx\":\"3320\",\"ccy\":\"BTC\",\"instId\":\"BTC-USD-191018\",\"instType\":\"FUTURES\",\"mgnMode\":\"cross\",\"nonSettleAvgPx\":\"\",\"pos\":\"10\",\"posCcy\":\"\",\"posId\":\"1111111111\",\"posSide\":\"long\",\"settledPnl\":\"\",\"tradeId\":\"2\",\"uTime\":\"1597026383085\"}],\"trades\":[{\"instId\":\"BTC-USD-191018\",\"tradeId\":\"2\"}]}]")
    case "block-tickers":
        return ("business", false, "[{\"instId\":\"LTC-USD-SWAP\",\"instType\":\"SWAP\",\"ts\":\"1597026383085\",\"vol24h\":\"0\",\"volCcy24h\":\"0\"}]")
    case "books", "books5", "bbo-tbt", "books50-l2-tbt", "books-l2-tbt", "books-rpi":
        return ("public", false, "[{\"asks\":[[\"8476.98\",\"415\",\"0\",\"13\"],[\"8477\",\"7\",\"0\",\"2\"],[\"8477.34\",\"85\",\"0\",\"1\"],[\"8477.56\",\"1\",\"0\",\"1\"],[\"8505.84\",\"8\",\"0\",\"1\"],[\"8506.37\",\"85\",\"0\",\"1\"],[\"8506.49\",\"2\",\"0\",\"1\"],[\"8506.96\",\"100\",\"0\",\"2\"]],\"bids\":[[\"8476.97\",\"256\",\"0\",\"12\"],[\"8475.55\",\"101\",\"0\",\"1\"],[\"8475.54\",\"100\",\"0\",\"1\"],[\"8475.3\",\"1\",\"0\",\"1\"],[\"8447.32\",\"6\",\"0\",\"1\"],[\"8447.02\",\"246\",\"0\",\"1\"],[\"8446.83\",\"24\",\"0\",\"1\"],[\"8446\",\"95\",\"0\",\"3\"]],\"checksum\":0,\"prevSeqId\":-1,\"seqId\":123456,\"ts\":\"1597026383085\"}]")
    case "call-auction-details":
        return ("public", false, "[{\"auctionEndTime\":\"1726542000000\",\"eqPx\":\"0.6\",\"instId\":\"ONDO-USDC\",\"matchedSz\":\"44978\",\"state\":\"continuous_trading\",\"ts\":\"1726542000007\",\"unmatchedSz\":\"9988764\"}]")
    case "candle3M", "candle1M", "candle1W", "candle1D", "candle2D", "candle3D", "candle5D", "candle12H", "candle6H", "candle4H", "candle2H", "candle1H", "candle30m", "candle15m", "candle5m", "candle3m", "candle1m", "candle1s", "candle3Mutc", "candle1Mutc", "candle1Wutc", "candle1Dutc", "candle2Dutc", "candle3Dutc", "candle5Dutc", "candle12Hutc", "candle6Hutc":
        return ("business", false, "[[\"1597026383085\",\"8533.02\",\"8553.74\",\"8527.17\",\"8548.26\",\"45247\",\"529.5858061\",\"5529.5858061\",\"0\"]]")
    case "copytrading-lead-notification":
        return ("business", true, "[{\"infoType\":\"2\",\"instId\":\"\",\"instType\":\"SWAP\",\"maxLeadTraderNum\":\"3\",\"minLeadEq\":\"\",\"posSide\":\"\",\"side\":\"\",\"subPosId\":\"667695035433385984\",\"uniqueCode\":\"3AF72F63E3EAD701\"}]")
    case "deposit-info":
        return ("business", true, "[{\"actualDepBlkConfirm\":\"0\",\"amt\":\"1\",\"areaCodeFrom\":\"\",\"ccy\":\"USDT\",\"chain\":\"USDT-TRC20\",\"depId\":\"88165462\",\"from\":\"\",\"fromWdId\":\"\",\"pTime\":\"1674103661147\",\"state\":\"0\",\"subAcct\":\"test\",\"to\":\"TEhFAqpuHa3LY*****8ByNoGnrmexeGMw\",\"ts\":\"1674103661123\",\"txId\":\"bc5376817*****************dbb0d729f6b\",\"uid\":\"289320****60975104\"}]")
    case "economic-calendar":
        return ("business", false, "[{\"actual\":\"49.2\",\"calendarId\":\"319275\",\"category\":\"Manufacturing PMI\",\"ccy\":\"\",\"date\":\"1597026383085\",\"event\":\"S&P Global Manufacturing PMI Final\",\"forecast\":\"49.3\",\"importance\":\"2\",\"prevInitial\":\"\",\"previous\":\"47.3\",\"refDate\":\"1597026383085\",\"region\":\"United States\",\"ts\":\"1698648096590\",\"unit\":\"\"}]")
    case "estimated-price":
        return ("public", false, "[{\"instId\":\"XRP-USDT-250307\",\"instType\":\"FUTURES\",\"settlePx\":\"2.4230631578947368\",\"settleType\":\"settlement\",\"ts\":\"1741244598708\"}]")
    case "event-contract-markets":
        return ("public", false, "[{\"disputed\":false,\"eventId\":\"BTC-ABOVE-DAILY-260224-1600\",\"expTime\":\"1769697132335\",\"fixTime\":\"\",\"floorStrike\":\"120000\",\"instId\":\"BTC-ABOVE-DAILY-260224-1600-65000\",\"listTime\":\"1769697132335\",\"outcome\":\"0\",\"seriesId\":\"BTC-ABOVE-DAILY\",\"settleValue\":\"\",\"state\":\"live\"}]")
    case "fills":
        return ("private", true, "[{\"clOrdId\":\"1234567890\",\"count\":\"10\",\"execType\":\"T\",\"fillPx\":\"70000\",\"fillSz\":\"100\",\"instId\":\"BTC-USDT-SWAP\",\"ordId\":\"680800019749904384\",\"side\":\"buy\",\"tradeId\":\"12345\",\"ts\":\"1705449605015\"}]")
    case "funding-rate":
        return ("public", false, "[{\"formulaType\":\"noRate\",\"fundingRate\":\"0.0001875391284828\",\"fundingTime\":\"1700726400000\",\"impactValue\":\"\",\"instId\":\"BTC-USD-SWAP\",\"instType\":\"SWAP\",\"interestRate\":\"\",\"maxFundingRate\":\"0.00375\",\"method\":\"current_period\",\"minFundingRate\":\"-0.00375\",\"nextFundingRate\":\"\",\"nextFundingTime\":\"1700755200000\",\"premium\":\"0.0001233824646391\",\"settFundingRate\":\"0.0001699799259033\",\"settState\":\"settled\",\"ts\":\"1700724675402\"}]")
    case "grid-orders-contract":
        return ("business", true, "[{\"activeOrdNum\":\"10\",\"actualLever\":\"2.3481494635276649\",\"algoClOrdId\":\"\",\"algoId\":\"571039869070475264\",\"algoOrdType\":\"contract_grid\",\"annualizedRate\":\"0\",\"arbitrageNum\":\"0\",\"availEq\":\"52.3015392887089673\",\"basePos\":true,\"cTime\":\"1682418514204\",\"cancelType\":\"0\",\"copyType\":\"0\",\"direction\":\"long\",\"eq\":\"108.7945652387089673\",\"fee\":\"\",\"floatProfit\":\"8.7945652387089673\",\"fundingFee\":\"\",\"gridNum\":\"10\",\"gridProfit\":\"0\",\"instId\":\"BTC-USDT-SWAP\",\"instType\":\"SWAP\",\"investment\":\"100\",\"lever\":\"5\",\"liqPx\":\"16370.482143120824\",\"maxPx\":\"36437.3\",\"minPx\":\"26931.9\",\"ordFrozen\":\"5.38638\",\"pTime\":\"1682492574068\",\"perMaxProfitRate\":\"0.1687494513302446\",\"perMinProfitRate\":\"0.1263869357706788\",\"pnlRatio\":\"0.0879456523870897\",\"profitSharingRatio\":\"\",\"rebateTrans\":[{\"rebate\":\"0\",\"rebateCcy\":\"USDT\"}],\"runPx\":\"27306.9\",\"runType\":\"1\",\"singleAmt\":\"1\",\"slRatio\":\"\",\"slTriggerPx\":\"\",\"state\":\"running\",\"stopType\":\"0\",\"sz\":\"100\",\"tag\":\"\",\"totalAnnualizedRate\":\"38.52019574554529\",\"totalPnl\":\"8.7945652387089673\",\"tpRatio\":\"\",\"tpTriggerPx\":\"\",\"tradeNum\":\"9\",\"triggerParams\":[{\"delaySeconds\":\"0\",\"triggerAction\":\"start\",\"triggerPx\":\"1\",\"triggerStrategy\":\"price\",\"triggerTime\":\"1682418561497\",\"triggerType\":\"manual\"},{\"delaySeconds\":\"0\",\"stopType\":\"1\",\"triggerAction\":\"stop\",\"triggerStrategy\":\"instant\",\"triggerTime\":\"0\",\"triggerType\":\"manual\"}],\"uTime\":\"1682492552257\"}]")
    case "grid-orders-spot":
        return ("business", true, "[{\"activeOrdNum\":\"10\",\"algoClOrdId\":\"\",\"algoId\":\"568028283477164032\",\"algoOrdType\":\"grid\",\"annualizedRate\":\"0\",\"arbitrageNum\":\"0\",\"baseSz\":\"0\",\"cTime\":\"1681700496249\",\"cancelType\":\"0\",\"copyType\":\"0\",\"curBaseSz\":\"0\",\"curQuoteSz\":\"25\",\"floatProfit\":\"0\",\"gridNum\":\"10\",\"gridProfit\":\"0\",\"instId\":\"BTC-USDT\",\"instType\":\"SPOT\",\"investment\":\"25\",\"maxPx\":\"5000\",\"minPx\":\"400\",\"pTime\":\"1682416738467\",\"perMaxProfitRate\":\"1.14570215\",\"perMinProfitRate\":\"0.0991200440528634356837\",\"pnlRatio\":\"0\",\"profit\":\"0\",\"profitSharingRatio\":\"\",\"quoteSz\":\"25\",\"rebateTrans\":[{\"rebate\":\"0\",\"rebateCcy\":\"BTC\"},{\"rebate\":\"0\",\"rebateCcy\":\"USDT\"}],\"runPx\":\"30031.7\",\"runType\":\"1\",\"singleAmt\":\"0.00101214\",\"slTriggerPx\":\"\",\"state\":\"running\",\"stopResult\":\"0\",\"stopType\":\"2\",\"tag\":\"\",\"totalAnnualizedRate\":\"0\",\"totalPnl\":\"0\",\"tpTriggerPx\":\"\",\"tradeNum\":\"0\",\"tradeQuoteCcy\":\"USDT\",\"triggerParams\":[{\"delaySeconds\":\"0\",\"triggerAction\":\"start\",\"triggerStrategy\":\"instant\",\"triggerTime\":\"\",\"triggerType\":\"auto\"},{\"delaySeconds\":\"0\",\"stopType\":\"1\",\"triggerAction\":\"stop\",\"triggerStrategy\":\"instant\",\"triggerTime\":\"\",\"triggerType\":\"manual\"}],\"uTime\":\"1682406665527\"}]")
    case "grid-positions":
        return ("business", true, "[{\"adl\":\"1\",\"algoClOrdId\":\"\",\"algoId\":\"449327675342323712\",\"avgPx\":\"29181.4638888888888895\",\"cTime\":\"1653400065917\",\"ccy\":\"USDT\",\"imr\":\"2089.2690000000002\",\"instId\":\"BTC-USDT-SWAP\",\"instType\":\"SWAP\",\"last\":\"29852.7\",\"lever\":\"5\",\"liqPx\":\"604.7617536513744\",\"markPx\":\"29849.7\",\"mgnMode\":\"cross\",\"mgnRatio\":\"217.71740878394456\",\"mmr\":\"41.78538\",\"notionalUsd\":\"10435.794191550001\",\"pTime\":\"1653536068723\",\"pos\":\"35\",\"posSide\":\"net\",\"uTime\":\"1653445498682\",\"upl\":\"232.83263888888962\",\"uplRatio\":\"0.1139826489932205\"}]")
    case "grid-sub-orders":
        return ("business", true, "[{\"accFillSz\":\"0\",\"algoClOrdId\":\"\",\"algoId\":\"449327675342323712\",\"algoOrdType\":\"contract_grid\",\"avgPx\":\"0\",\"cTime\":\"1653445498664\",\"ctVal\":\"0.01\",\"fee\":\"0\",\"feeCcy\":\"USDT\",\"groupId\":\"-1\",\"instId\":\"BTC-USDT-SWAP\",\"instType\":\"SWAP\",\"lever\":\"5\",\"ordId\":\"449518234142904321\",\"ordType\":\"limit\",\"pTime\":\"1653486524502\",\"pnl\":\"\",\"posSide\":\"net\",\"px\":\"28007.2\",\"rebate\":\"0\",\"rebateCcy\":\"USDT\",\"side\":\"buy\",\"state\":\"live\",\"sz\":\"1\",\"tag\":\"\",\"tdMode\":\"cross\",\"uTime\":\"1653445498674\"}]")
    case "index-candle3M", "index-candle1M", "index-candle1W", "index-candle1D", "index-candle2D", "index-candle3D", "index-candle5D", "index-candle12H", "index-candle6H", "index-candle4H", "index-candle2H", "index-candle1H", "index-candle30m", "index-candle15m", "index-candle5m", "index-candle3m", "index-candle1m", "index-candle3Mutc", "index-candle1Mutc", "index-candle1Wutc", "index-candle1Dutc", "index-candle2Dutc", "index-candle3Dutc", "index-candle5Dutc", "index-candle12Hutc", "index-candle6Hutc":
        return ("business", false, "[[\"1597026383085\",\"3811.31\",\"3811.31\",\"3811.31\",\"3811.31\",\"0\"]]")
    case "index-tickers":
        return ("public", false, "[{\"high24h\":\"0.5\",\"idxPx\":\"0.1\",\"instId\":\"BTC-USDT\",\"low24h\":\"0.1\",\"open24h\":\"0.1\",\"sodUtc0\":\"0.1\",\"sodUtc8\":\"0.1\",\"ts\":\"1597026383085\"}]")
    case "instruments":
        return ("public", false, "[{\"alias\":\"\",\"auctionEndTime\":\"\",\"baseCcy\":\"BTC\",\"category\":\"1\",\"contTdSwTime\":\"1704876947000\",\"ctMult\":\"\",\"ctType\":\"\",\"ctVal\":\"\",\"ctValCcy\":\"\",\"expTime\":\"\",\"futureSettlement\":false,\"groupId\":\"1\",\"instCategory\":\"1\",\"instFamily\":\"\",\"instId\":\"BTC-USDT\",\"instIdCode\":1000000000,\"instType\":\"SPOT\",\"lever\":\"10\",\"listTime\":\"1606468572000\",\"lotSz\":\"0.00000001\",\"maxIcebergSz\":\"9999999999.0000000000000000\",\"maxLmtAmt\":\"1000000\",\"maxLmtSz\":\"9999999999\",\"maxMktAmt\":\"1000000\",\"maxMktSz\":\"\",\"maxStopSz\":\"\",\"maxTriggerSz\":\"9999999999.0000000000000000\",\"maxTwapSz\":\"9999999999.0000000000000000\",\"minSz\":\"0.00001\",\"openType\":\"call_auction\",\"optType\":\"\",\"preMktSwTime\":\"\",\"quoteCcy\":\"USDT\",\"ruleType\":\"normal\",\"settleCcy\":\"\",\"state\":\"live\",\"stk\":\"\",\"tickSz\":\"0.1\",\"uly\":\"\",\"upcChg\":[{\"effTime\":\"1704876947000\",\"newValue\":\"0.0001\",\"param\":\"tickSz\"}]}]")
    case "liquidation-orders":
        return ("public", false, nil)
    case "liquidation-warning":
        return ("private", true, "[{\"cTime\":\"1619507758793\",\"ccy\":\"ETH\",\"instId\":\"ETH-USD-210430\",\"instType\":\"FUTURES\",\"lever\":\"10\",\"markPx\":\"2353.849\",\"mgnMode\":\"isolated\",\"mgnRatio\":\"11.731726509588816\",\"pTime\":\"1619507761462\",\"pos\":\"1\",\"posCcy\":\"\",\"posId\":\"307173036051017730\",\"posSide\":\"long\",\"uTime\":\"1619507761462\"}]")
    case "mark-price":
        return ("public", false, "[{\"instId\":\"LTC-USD-190628\",\"instType\":\"FUTURES\",\"markPx\":\"0.1\",\"ts\":\"1597026383085\"}]")
    case "mark-price-candle3M", "mark-price-candle1M", "mark-price-candle1W", "mark-price-candle1D", "mark-price-candle2D", "mark-price-candle3D", "mark-price-candle5D", "mark-price-candle12H", "mark-price-candle6H", "mark-price-candle4H", "mark-price-candle2H", "mark-price-candle1H", "mark-price-candle30m", "mark-price-candle15m", "mark-price-candle5m", "mark-price-candle3m", "mark-price-candle1m", "mark-price-candle1Yutc", "mark-price-candle3Mutc", "mark-price-candle1Mutc", "mark-price-candle1Wutc", "mark-price-candle1Dutc", "mark-price-candle2Dutc", "mark-price-candle3Dutc", "mark-price-candle5Dutc", "mark-price-candle12Hutc", "mark-price-candle6Hutc":
        return ("business", false, "[[\"1597026383085\",\"3.721\",\"3.743\",\"3.677\",\"3.708\",\"0\"],[\"1597026383085\",\"3.731\",\"3.799\",\"3.494\",\"3.72\",\"1\"]]")
    case "open-interest":
        return ("public", false, "[{\"instId\":\"BTC-USDT-SWAP\",\"instType\":\"SWAP\",\"oi\":\"2216113.01000000309\",\"oiCcy\":\"22161.1301000000309\",\"oiUsd\":\"1939251795.54769270396321\",\"ts\":\"1743041250440\"}]")
    case "opt-summary":
        return ("public", false, "[{\"askVol\":\"1.1669998535\",\"bidVol\":\"0\",\"delta\":\"-1.1180902625\",\"deltaBS\":\"-0.9999672034\",\"fwdPx\":\"62604.6993093463\",\"gamma\":\"2.2361957091\",\"gammaBS\":\"0.0000000002\",\"instId\":\"BTC-USD-241013-70000-P\",\"instType\":\"OPTION\",\"lever\":\"8.465747567\",\"markVol\":\"0.3675503331\",\"realVol\":\"\",\"theta\":\"0.0000032334\",\"thetaBS\":\"28.2649858387\",\"ts\":\"1728703155650\",\"uly\":\"BTC-USD\",\"vega\":\"0.0000000001\",\"vegaBS\":\"0.0000114332\",\"volLv\":\"0.2044711229\"}]")
    case "option-trades":
        return ("public", false, "[{\"fillVol\":\"0.5066007836914062\",\"fwdPx\":\"16469.69928595038\",\"idxPx\":\"16537.2\",\"instFamily\":\"BTC-USD\",\"instId\":\"BTC-USD-230224-18000-C\",\"markPx\":\"0.04690107010619562\",\"optType\":\"C\",\"px\":\"0.045\",\"side\":\"sell\",\"sz\":\"2\",\"tradeId\":\"38\",\"ts\":\"1672286551080\"}]")
    case "orders":
        return ("private", true, "[{\"accFillSz\":\"0.001\",\"algoClOrdId\":\"\",\"algoId\":\"\",\"amendResult\":\"\",\"amendSource\":\"\",\"attachAlgoClOrdId\":\"\",\"attachAlgoOrds\":[],\"avgPx\":\"31527.1\",\"cTime\":\"1654084334977\",\"cancelSource\":\"\",\"category\":\"normal\",\"ccy\":\"\",\"clOrdId\":\"\",\"code\":\"0\",\"execType\":\"M\",\"fee\":\"-0.02522168\",\"feeCcy\":\"USDT\",\"fillFee\":\"-0.02522168\",\"fillFeeCcy\":\"USDT\",\"fillFwdPx\":\"\",\"fillIdxPx\":\"\",\"fillMarkPx\":\"\",\"fillMarkVol\":\"\",\"fillNotionalUsd\":\"31.50818374\",\"fillPnl\":\"0.01\",\"fillPx\":\"31527.1\",\"fillPxUsd\":\"\",\"fillPxVol\":\"\",\"fillSz\":\"0.001\",\"fillTime\":\"1654084353263\",\"instId\":\"BTC-USDT\",\"instType\":\"SPOT\",\"isTpLimit\":\"false\",\"lastPx\":\"38892.2\",\"lever\":\"0\",\"linkedAlgoOrd\":{\"algoId\":\"\"},\"msg\":\"\",\"notionalUsd\":\"31.50818374\",\"ordId\":\"452197707845865472\",\"ordType\":\"limit\",\"pnl\":\"0\",\"posSide\":\"\",\"px\":\"31527.1\",\"pxType\":\"\",\"pxUsd\":\"\",\"pxVol\":\"\",\"quickMgnType\":\"\",\"rebate\":\"0\",\"rebateCcy\":\"BTC\",\"reduceOnly\":\"false\",\"reqId\":\"\",\"side\":\"sell\",\"slOrdPx\":\"\",\"slTriggerPx\":\"\",\"slTriggerPxType\":\"last\",\"source\":\"\",\"state\":\"filled\",\"stpId\":\"\",\"stpMode\":\"\",\"sz\":\"0.001\",\"tag\":\"\",\"tdMode\":\"cash\",\"tgtCcy\":\"\",\"tpOrdPx\":\"\",\"tpTriggerPx\":\"\",\"tpTriggerPxType\":\"last\",\"tradeId\":\"242589207\",\"tradeQuoteCcy\":\"USDT\",\"uTime\":\"1654084353264\"}]")
    case "orders-algo":
        return ("business", true, "[{\"actualPx\":\"0\",\"actualSide\":\"\",\"actualSz\":\"0\",\"algoClOrdId\":\"\",\"algoId\":\"581878926302093312\",\"amendPxOnTriggerType\":\"0\",\"amendResult\":\"\",\"attachAlgoOrds\":[],\"cTime\":\"1685002746818\",\"ccy\":\"\",\"clOrdId\":\"\",\"closeFraction\":\"\",\"failCode\":\"\",\"instId\":\"BTC-USDC\",\"instType\":\"SPOT\",\"isTradeBorrowMode\":\"\",\"last\":\"26174.8\",\"lever\":\"0\",\"linkedOrd\":{\"ordId\":\"98192973880283\"},\"notionalUsd\":\"11.0\",\"ordId\":\"\",\"ordIdList\":[],\"ordPx\":\"\",\"ordType\":\"conditional\",\"posSide\":\"\",\"quickMgnType\":\"\",\"reduceOnly\":\"false\",\"reqId\":\"\",\"side\":\"buy\",\"slOrdPx\":\"\",\"slTriggerPx\":\"\",\"slTriggerPxType\":\"\",\"state\":\"live\",\"sz\":\"11\",\"tag\":\"\",\"tdMode\":\"cross\",\"tgtCcy\":\"quote_ccy\",\"tpOrdPx\":\"-1\",\"tpTriggerPx\":\"1\",\"tpTriggerPxType\":\"last\",\"tradeQuoteCcy\":\"USDT\",\"triggerPx\":\"\",\"triggerTime\":\"\",\"uTime\":\"1708679675245\"}]")
    case "positions":
        return ("private", true, "[{\"adl\":\"1\",\"availPos\":\"1\",\"avgPx\":\"2566.31\",\"baseBorrowed\":\"\",\"baseInterest\":\"\",\"bizRefId\":\"\",\"bizRefType\":\"\",\"cTime\":\"1619507758793\",\"ccy\":\"ETH\",\"clSpotInUseAmt\":\"\",\"closeOrderAlgo\":[{\"algoId\":\"123\",\"closeFraction\":\"0.6\",\"slTriggerPx\":\"123\",\"slTriggerPxType\":\"mark\",\"tpTriggerPx\":\"123\",\"tpTriggerPxType\":\"mark\"},{\"algoId\":\"123\",\"closeFraction\":\"0.4\",\"slTriggerPx\":\"123\",\"slTriggerPxType\":\"mark\",\"tpTriggerPx\":\"123\",\"tpTriggerPxType\":\"mark\"}],\"deltaBS\":\"\",\"deltaPA\":\"\",\"fee\":\"-0.0001\",\"fundingFee\":\"0\",\"gammaBS\":\"\",\"gammaPA\":\"\",\"hedgedPos\":\"\",\"idxPx\":\"2566.13\",\"imr\":\"\",\"instId\":\"ETH-USD-210430\",\"instType\":\"FUTURES\",\"interest\":\"0\",\"last\":\"2566.22\",\"lever\":\"10\",\"liab\":\"\",\"liabCcy\":\"\",\"liqPenalty\":\"0\",\"liqPx\":\"2352.8496681818233\",\"margin\":\"0.0003896645377994\",\"markPx\":\"2353.849\",\"maxSpotInUseAmt\":\"\",\"mgnMode\":\"isolated\",\"mgnRatio\":\"11.731726509588816\",\"mmr\":\"0.0000311811092368\",\"nonSettleAvgPx\":\"\",\"notionalUsd\":\"2276.2546609009605\",\"optVal\":\"\",\"pTime\":\"1619507761462\",\"pendingCloseOrdLiabVal\":\"0.1\",\"pnl\":\"0.0011\",\"pos\":\"1\",\"posCcy\":\"\",\"posId\":\"307173036051017730\",\"posSide\":\"long\",\"quoteBorrowed\":\"\",\"quoteInterest\":\"\",\"realizedPnl\":\"0.001\",\"settledPnl\":\"\",\"spotInUseAmt\":\"\",\"spotInUseCcy\":\"\",\"thetaBS\":\"\",\"thetaPA\":\"\",\"tradeId\":\"109844\",\"uTime\":\"1619507761462\",\"upl\":\"-0.0000009932766034\",\"uplLastPx\":\"-0.0000009932766034\",\"uplRatio\":\"-0.0025490556801078\",\"uplRatioLastPx\":\"-0.0025490556801078\",\"vegaBS\":\"\",\"vegaPA\":\"\"}]")
    case "price-limit":
        return ("public", false, "[{\"buyLmt\":\"200\",\"enabled\":true,\"instId\":\"LTC-USD-190628\",\"sellLmt\":\"300\",\"ts\":\"1597026383085\"}]")
    case "public-block-trades":
        return ("business", false, "[{\"fillVol\":\"5\",\"fwdPx\":\"26808.16\",\"groupId\":\"\",\"idxPx\":\"27222.5\",\"instId\":\"BTC-USD-231020-5000-P\",\"markPx\":\"0.0022406326071111\",\"px\":\"0.0048\",\"side\":\"buy\",\"sz\":\"1\",\"tradeId\":\"633971452580106242\",\"ts\":\"1697422572972\"}]")
    case "public-struc-block-trades":
        return ("business", false, "[{\"blockTdId\":\"1802896\",\"cTime\":\"1608267227834\",\"groupId\":\"\",\"legs\":[{\"instId\":\"BTC-USD-20220114-13250-C\",\"px\":\"0.323\",\"side\":\"sell\",\"sz\":\"25.0\",\"tradeId\":\"15102\"},{\"instId\":\"BTC-USD-20220114-21125-C\",\"px\":\"0.666\",\"side\":\"buy\",\"sz\":\"25\",\"tradeId\":\"15103\"}]}]")
    case "quotes":
        return ("business", true, "[{\"cTime\":\"1608267227834\",\"clQuoteId\":\"\",\"legs\":[{\"ccy\":\"USDT\",\"instId\":\"BTC-USD-220114-25000-C\",\"posSide\":\"long\",\"px\":\"0.0023\",\"side\":\"sell\",\"sz\":\"25.0\",\"tdMode\":\"cross\",\"tgtCcy\":\"\"},{\"ccy\":\"USDT\",\"instId\":\"BTC-USD-220114-35000-C\",\"posSide\":\"long\",\"px\":\"0.0045\",\"side\":\"buy\",\"sz\":\"25\",\"tdMode\":\"cross\",\"tgtCcy\":\"\"}],\"quoteId\":\"25092\",\"quoteSide\":\"sell\",\"reason\":\"mmp_canceled\",\"rfqId\":\"18753\",\"state\":\"canceled\",\"tag\":\"123456\",\"traderCode\":\"SATS\",\"uTime\":\"1608267227834\",\"validUntil\":\"1608997227854\"}]")
    case "rfqs":
        return ("business", true, "[{\"allowPartialExecution\":false,\"cTime\":\"1611033737572\",\"clRfqId\":\"\",\"counterparties\":[\"DSK4\",\"DSK5\"],\"flowType\":\"\",\"legs\":[{\"ccy\":\"USDT\",\"instId\":\"BTCUSD-211208-36000-C\",\"posSide\":\"long\",\"side\":\"buy\",\"sz\":\"25.0\",\"tdMode\":\"cross\",\"tgtCcy\":\"\"},{\"ccy\":\"USDT\",\"instId\":\"ETHUSD-211208-45000-C\",\"posSide\":\"long\",\"side\":\"sell\",\"sz\":\"25.0\",\"tdMode\":\"cross\",\"tgtCcy\":\"\"}],\"rfqId\":\"22534\",\"state\":\"active\",\"tag\":\"123456\",\"traderCode\":\"DSK2\",\"uTime\":\"1611033737572\",\"validUntil\":\"1611033857557\"}]")
    case "sprd-books5", "sprd-books-l2-tbt":
        return ("business", false, "[{\"asks\":[[\"111.06\",\"55154\",\"2\"],[\"111.07\",\"53276\",\"2\"],[\"111.08\",\"72435\",\"2\"],[\"111.09\",\"70312\",\"2\"],[\"111.1\",\"67272\",\"2\"]],\"bids\":[[\"111.05\",\"57745\",\"2\"],[\"111.04\",\"57109\",\"2\"],[\"111.03\",\"69563\",\"2\"],[\"111.02\",\"71248\",\"2\"],[\"111.01\",\"65090\",\"2\"]],\"seqId\":1724294007352168320,\"ts\":\"1670324386802\"}]")
    case "sprd-candle3M", "sprd-candle1M", "sprd-candle1W", "sprd-candle1D", "sprd-candle2D", "sprd-candle3D", "sprd-candle5D", "sprd-candle12H", "sprd-candle6H", "sprd-candle4H", "sprd-candle2H", "sprd-candle1H", "sprd-candle30m", "sprd-candle15m", "sprd-candle5m", "sprd-candle3m", "sprd-candle1m", "sprd-candle3Mutc", "sprd-candle1Mutc", "sprd-candle1Wutc", "sprd-candle1Dutc", "sprd-candle2Dutc", "sprd-candle3Dutc", "sprd-candle5Dutc", "sprd-candle12Hutc", "sprd-candle6Hutc":
        return ("business", false, "[[\"1597026383085\",\"8533.02\",\"8553.74\",\"8527.17\",\"8548.26\",\"45247\",\"0\"]]")
    case "sprd-orders":
        return ("business", true, "[{\"accFillSz\":\"0\",\"amendResult\":\"\",\"avgPx\":\"0\",\"cTime\":\"1597026383085\",\"cancelSource\":\"\",\"canceledSz\":\"1\",\"clOrdId\":\"b1\",\"code\":\"0\",\"fillPx\":\"\",\"fillSz\":\"0\",\"msg\":\"\",\"ordId\":\"312269865356374016\",\"ordType\":\"limit\",\"pendingFillSz\":\"2\",\"pendingSettleSz\":\"1\",\"px\":\"999\",\"reqId\":\"\",\"side\":\"buy\",\"sprdId\":\"BTC-USDT_BTC-UST-SWAP\",\"state\":\"live\",\"sz\":\"3\",\"tag\":\"\",\"tradeId\":\"\",\"uTime\":\"1597026383085\"}]")
    case "sprd-public-trades":
        return ("business", false, "[{\"px\":\"-10\",\"side\":\"sell\",\"sprdId\":\"BTC-USDT_BTC-USDT-SWAP\",\"sz\":\"0.001\",\"tradeId\":\"2499206329160695808\",\"ts\":\"1726801105519\"}]")
    case "sprd-tickers":
        return ("business", false, "[{\"askPx\":\"19.7\",\"askSz\":\"5.79\",\"bidPx\":\"5.9\",\"bidSz\":\"5.79\",\"high24h\":\"19.6\",\"last\":\"4\",\"lastSz\":\"0.01\",\"low24h\":\"-7\",\"open24h\":\"-7\",\"sprdId\":\"BTC-USDT_BTC-USDT-SWAP\",\"ts\":\"1715247061026\",\"vol24h\":\"9.87\"}]")
    case "sprd-trades":
        return ("business", true, "[{\"clOrdId\":\"b16\",\"code\":\"\",\"execType\":\"M\",\"fillPx\":\"999\",\"fillSz\":\"3\",\"legs\":[{\"fee\":\"\",\"feeCcy\":\"\",\"fillPnl\":\"\",\"instId\":\"BTC-USDT-SWAP\",\"px\":\"20000\",\"side\":\"buy\",\"sz\":\"3\",\"szCont\":\"0.03\",\"tradeId\":\"1232342342\"},{\"fee\":\"\",\"feeCcy\":\"\",\"fillPnl\":\"\",\"instId\":\"BTC-USDT-200329\",\"px\":\"21000\",\"side\":\"sell\",\"sz\":\"3\",\"szCont\":\"0.03\",\"tradeId\":\"5345646634\"}],\"msg\":\"\",\"ordId\":\"123445\",\"side\":\"buy\",\"sprdId\":\"BTC-USDT-SWAP_BTC-USDT-200329\",\"state\":\"filled\",\"tag\":\"\",\"tradeId\":\"123\",\"ts\":\"1597026383085\"}]")
    case "status":
        return ("public", false, "[{\"begin\":\"1672823400000\",\"end\":\"1672825980000\",\"env\":\"1\",\"href\":\"\",\"maintType\":\"1\",\"preOpenBegin\":\"\",\"scheDesc\":\"\",\"serviceType\":\"0\",\"state\":\"completed\",\"system\":\"unified\",\"title\":\"Trading account WebSocket system upgrade\",\"ts\":\"1672826038470\"}]")
    case "struc-block-trades":
        return ("business", true, "[{\"blockTdId\":\"180184\",\"cTime\":\"1608267227834\",\"clQuoteId\":\"\",\"clRfqId\":\"\",\"errorCode\":\"\",\"isSuccessful\":true,\"legs\":[{\"fee\":\"0.1001\",\"feeCcy\":\"BTC\",\"instId\":\"BTC-USD-20220630-60000-C\",\"px\":\"0.0023\",\"side\":\"sell\",\"sz\":\"25.0\",\"tgtCcy\":\"\",\"tradeId\":\"10211\"},{\"fee\":\"0.1001\",\"feeCcy\":\"BTC\",\"instId\":\"BTC-USD-20220630-50000-C\",\"px\":\"0.0033\",\"side\":\"buy\",\"sz\":\"25\",\"tgtCcy\":\"\",\"tradeId\":\"10212\"}],\"mTraderCode\":\"WAGMI\",\"quoteId\":\"25092\",\"rfqId\":\"18753\",\"tTraderCode\":\"ANAND\",\"tag\":\"123456\"}]")
    case "tickers":
        return ("public", false, "[{\"askPx\":\"9999.99\",\"askSz\":\"11\",\"bidPx\":\"8888.88\",\"bidSz\":\"5\",\"high24h\":\"10000\",\"instId\":\"BTC-USDT\",\"instType\":\"SPOT\",\"last\":\"9999.99\",\"lastSz\":\"0.1\",\"low24h\":\"8888.88\",\"open24h\":\"9000\",\"sodUtc0\":\"2222\",\"sodUtc8\":\"2222\",\"ts\":\"1597026383085\",\"vol24h\":\"2222\",\"volCcy24h\":\"2222\"}]")
    case "trades":
        return ("public", false, "[{\"count\":\"3\",\"instId\":\"BTC-USDT\",\"px\":\"42219.9\",\"seqId\":1234,\"side\":\"buy\",\"source\":\"0\",\"sz\":\"0.12060306\",\"tradeId\":\"130639474\",\"ts\":\"1630048897897\"}]")
    case "trades-all":
        return ("business", false, "[{\"instId\":\"BTC-USDT\",\"px\":\"42219.9\",\"side\":\"buy\",\"source\":\"0\",\"sz\":\"0.12060306\",\"tradeId\":\"130639474\",\"ts\":\"1630048897897\"}]")
    case "withdrawal-info":
        return ("business", true, "[{\"addrEx\":null,\"amt\":\"2\",\"areaCodeFrom\":\"\",\"areaCodeTo\":\"\",\"ccy\":\"USDT\",\"chain\":\"USDT-TRC20\",\"clientId\":\"\",\"fee\":\"0.8\",\"feeCcy\":\"USDT\",\"from\":\"\",\"memo\":\"\",\"nonTradableAsset\":false,\"note\":\"\",\"pTime\":\"1674103268578\",\"pmtId\":\"\",\"state\":\"0\",\"subAcct\":\"test\",\"tag\":\"\",\"to\":\"TN8CKTQMnpWfT******8KipbJ24ErguhF\",\"toAddrType\":\"1\",\"ts\":\"1674103268472\",\"txId\":\"\",\"uid\":\"289333*****1101696\",\"wdId\":\"63754560\"}]")
    default: return nil
    }
}

/// Every documented channel name, sorted: what a test subscribes to channel by channel.
let documentedChannelNames: [String] = [
    "account",
    "account-greeks",
    "adl-warning",
    "algo-advance",
    "algo-recurring-buy",
    "balance_and_position",
    "bbo-tbt",
    "block-tickers",
    "books",
    "books-l2-tbt",
    "books-rpi",
    "books5",
    "books50-l2-tbt",
    "call-auction-details",
    "candle12H",
    "candle12Hutc",
    "candle15m",
    "candle1D",
    "candle1Dutc",
    "candle1H",
    "candle1M",
    "candle1Mutc",
    "candle1W",
    "candle1Wutc",
    "candle1m",
    "candle1s",
    "candle2D",
    "candle2Dutc",
    "candle2H",
    "candle30m",
    "candle3D",
    "candle3Dutc",
    "candle3M",
    "candle3Mutc",
    "candle3m",
    "candle4H",
    "candle5D",
    "candle5Dutc",
    "candle5m",
    "candle6H",
    "candle6Hutc",
    "copytrading-lead-notification",
    "deposit-info",
    "economic-calendar",
    "estimated-price",
    "event-contract-markets",
    "fills",
    "funding-rate",
    "grid-orders-contract",
    "grid-orders-spot",
    "grid-positions",
    "grid-sub-orders",
    "index-candle12H",
    "index-candle12Hutc",
    "index-candle15m",
    "index-candle1D",
    "index-candle1Dutc",
    "index-candle1H",
    "index-candle1M",
    "index-candle1Mutc",
    "index-candle1W",
    "index-candle1Wutc",
    "index-candle1m",
    "index-candle2D",
    "index-candle2Dutc",
    "index-candle2H",
    "index-candle30m",
    "index-candle3D",
    "index-candle3Dutc",
    "index-candle3M",
    "index-candle3Mutc",
    "index-candle3m",
    "index-candle4H",
    "index-candle5D",
    "index-candle5Dutc",
    "index-candle5m",
    "index-candle6H",
    "index-candle6Hutc",
    "index-tickers",
    "instruments",
    "liquidation-orders",
    "liquidation-warning",
    "mark-price",
    "mark-price-candle12H",
    "mark-price-candle12Hutc",
    "mark-price-candle15m",
    "mark-price-candle1D",
    "mark-price-candle1Dutc",
    "mark-price-candle1H",
    "mark-price-candle1M",
    "mark-price-candle1Mutc",
    "mark-price-candle1W",
    "mark-price-candle1Wutc",
    "mark-price-candle1Yutc",
    "mark-price-candle1m",
    "mark-price-candle2D",
    "mark-price-candle2Dutc",
    "mark-price-candle2H",
    "mark-price-candle30m",
    "mark-price-candle3D",
    "mark-price-candle3Dutc",
    "mark-price-candle3M",
    "mark-price-candle3Mutc",
    "mark-price-candle3m",
    "mark-price-candle4H",
    "mark-price-candle5D",
    "mark-price-candle5Dutc",
    "mark-price-candle5m",
    "mark-price-candle6H",
    "mark-price-candle6Hutc",
    "open-interest",
    "opt-summary",
    "option-trades",
    "orders",
    "orders-algo",
    "positions",
    "price-limit",
    "public-block-trades",
    "public-struc-block-trades",
    "quotes",
    "rfqs",
    "sprd-books-l2-tbt",
    "sprd-books5",
    "sprd-candle12H",
    "sprd-candle12Hutc",
    "sprd-candle15m",
    "sprd-candle1D",
    "sprd-candle1Dutc",
    "sprd-candle1H",
    "sprd-candle1M",
    "sprd-candle1Mutc",
    "sprd-candle1W",
    "sprd-candle1Wutc",
    "sprd-candle1m",
    "sprd-candle2D",
    "sprd-candle2Dutc",
    "sprd-candle2H",
    "sprd-candle30m",
    "sprd-candle3D",
    "sprd-candle3Dutc",
    "sprd-candle3M",
    "sprd-candle3Mutc",
    "sprd-candle3m",
    "sprd-candle4H",
    "sprd-candle5D",
    "sprd-candle5Dutc",
    "sprd-candle5m",
    "sprd-candle6H",
    "sprd-candle6Hutc",
    "sprd-orders",
    "sprd-public-trades",
    "sprd-tickers",
    "sprd-trades",
    "status",
    "struc-block-trades",
    "tickers",
    "trades",
    "trades-all",
    "withdrawal-info",
]
